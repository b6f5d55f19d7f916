package io.recova.agency.promise;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A promise with where it stands today. */
public record PromiseView(
    UUID id,
    UUID caseId,
    Money amount,
    LocalDate promisedOn,
    LocalDate dueDate,
    Instant recordedAt,
    String recordedBy,
    String note,
    PromiseStatus status) {}
