package io.recova.agency.casefile;

/** A document with its bytes, for download. */
public record StoredDocument(DocumentView description, byte[] content) {}
