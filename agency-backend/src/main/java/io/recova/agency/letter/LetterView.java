package io.recova.agency.letter;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A letter as sent, with the frozen document that proves it. */
public record LetterView(
    UUID id,
    UUID caseId,
    String reference,
    LetterKind kind,
    LetterChannel channel,
    String language,
    String recipient,
    UUID documentId,
    String sha256,
    Money amountDue,
    LocalDate payBy,
    Instant sentAt,
    String sentBy,
    UUID postalBatchId) {}
