package io.recova.agency.reporting;

import io.recova.agency.money.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one line of the report, or of its total.
 *
 * @param collectedThroughAgency payments received on the trust account, less their reversals
 * @param collectedDirect payments the debtor made directly to the creditor, declared, less their
 *     reversals: the basis of a fee, never funds the agency holds
 * @param fees the agency's fees on collections, excluding VAT, less their reversals (the
 *     accessories it keeps included)
 * @param certificateFees the irrecoverability certificate fees, excluding VAT
 * @param vat the VAT on all those fees
 * @param remitted what remittances paid out to the creditors
 * @param awaitingRemittance the funds held for the creditors (their payable balance) at the end of
 *     the line's period; empty where it cannot be attributed (a collector's line)
 * @param payments payments collected, less payments reversed
 * @param cases cases with at least one payment collected in the line's period
 */
public record ReportFigures(Money collectedThroughAgency, Money collectedDirect, Money fees,
    Money certificateFees, Money vat, Money remitted, Optional<Money> awaitingRemittance,
    int payments, int cases) {

  public ReportFigures {
    Objects.requireNonNull(collectedThroughAgency, "collectedThroughAgency");
    Objects.requireNonNull(collectedDirect, "collectedDirect");
    Objects.requireNonNull(fees, "fees");
    Objects.requireNonNull(certificateFees, "certificateFees");
    Objects.requireNonNull(vat, "vat");
    Objects.requireNonNull(remitted, "remitted");
    Objects.requireNonNull(awaitingRemittance, "awaitingRemittance");
  }

  /** Nothing at all, awaiting remittance included. */
  public static ReportFigures zero(Currency currency) {
    Money zero = Money.zero(currency);
    return new ReportFigures(zero, zero, zero, zero, zero, zero, Optional.of(zero), 0, 0);
  }

  /** Everything collected, through the agency or directly. */
  public Money collected() {
    return collectedThroughAgency.plus(collectedDirect);
  }

  /** The fees and certificate fees together, excluding VAT. */
  public Money feesExcludingVat() {
    return fees.plus(certificateFees);
  }

  /** The same figures with another balance awaiting remittance (or none). */
  ReportFigures awaiting(Optional<Money> balance) {
    return new ReportFigures(collectedThroughAgency, collectedDirect, fees, certificateFees, vat,
        remitted, balance, payments, cases);
  }

  /** The same figures with another count of cases. */
  ReportFigures withCases(int count) {
    return new ReportFigures(collectedThroughAgency, collectedDirect, fees, certificateFees, vat,
        remitted, awaitingRemittance, payments, count);
  }

  /** The flows of a movement added; the balance and the cases are the caller's to set. */
  ReportFigures plus(LedgerMovement m) {
    return new ReportFigures(collectedThroughAgency.plus(m.collectedThroughAgency()),
        collectedDirect.plus(m.collectedDirect()), fees.plus(m.fees()),
        certificateFees.plus(m.certificateFees()), vat.plus(m.vat()),
        remitted.plus(m.remitted()), awaitingRemittance, payments + m.payments(), cases);
  }

  /** The flows of another line added; the balance and the cases are the caller's to set. */
  ReportFigures plus(ReportFigures o) {
    return new ReportFigures(collectedThroughAgency.plus(o.collectedThroughAgency),
        collectedDirect.plus(o.collectedDirect), fees.plus(o.fees),
        certificateFees.plus(o.certificateFees), vat.plus(o.vat), remitted.plus(o.remitted),
        awaitingRemittance, payments + o.payments, cases);
  }

  /** True when both have the same flows: every amount and the count of payments. */
  boolean sameFlowsAs(ReportFigures o) {
    return collectedThroughAgency.equals(o.collectedThroughAgency)
        && collectedDirect.equals(o.collectedDirect) && fees.equals(o.fees)
        && certificateFees.equals(o.certificateFees) && vat.equals(o.vat)
        && remitted.equals(o.remitted) && payments == o.payments;
  }
}
