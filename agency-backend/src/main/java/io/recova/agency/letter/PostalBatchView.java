package io.recova.agency.letter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A print batch: the postal letters it holds, in print order, and the PDF's fingerprint. */
public record PostalBatchView(
    UUID id, Instant createdAt, String createdBy, int letterCount, String sha256,
    List<String> letterReferences) {}
