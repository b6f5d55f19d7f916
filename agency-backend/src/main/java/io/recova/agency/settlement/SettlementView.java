package io.recova.agency.settlement;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A settlement as callers read it, with the case it is on.
 *
 * @param balanceDue what the debtor owed when the settlement was proposed
 * @param decidedBy who accepted or refused it; for a settlement within the collector's authority,
 *     the collector who granted it
 */
public record SettlementView(
    UUID id,
    UUID caseId,
    String caseReference,
    String debtorName,
    Money amount,
    Money balanceDue,
    BigDecimal discountPercent,
    LocalDate payBy,
    SettlementStatus status,
    String proposedBy,
    Instant proposedAt,
    String note,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {}
