package io.recova.agency.casefile;

import java.time.Instant;
import java.util.UUID;

/** A document's description as the API and the UI show it. */
public record DocumentView(
    UUID id,
    DocumentKind kind,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy) {}
