package io.recova.agency.casefile;

/** A file submitted as evidence on a case. */
public record NewDocument(DocumentKind kind, String fileName, String declaredType, byte[] content) {}
