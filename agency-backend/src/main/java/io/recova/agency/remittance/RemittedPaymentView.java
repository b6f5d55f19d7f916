package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A payment on a remittance line. */
public record RemittedPaymentView(UUID paymentId, UUID caseId, String caseReference,
    LocalDate valueDate, Money amount, Money fundsForCreditor, LocalDate clearedOn,
    boolean late) {}
