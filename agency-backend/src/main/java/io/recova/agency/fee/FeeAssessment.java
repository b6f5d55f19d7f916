package io.recova.agency.fee;

import io.recova.agency.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The fees on one payment (or on one certificate): the lines, and how the money divides. For a
 * payment, the parts reconcile to the cent: {@code costs + collected = costsRecovered +
 * netToCreditor + agencyIncome + vat}.
 *
 * @param feeBase what was collected for the creditor, on which the contingency fee is charged:
 *     principal, plus interest and indemnity when the creditor keeps them
 * @param collectedAfter the case's cumulative fee base after this payment, to pass as the next
 *     payment's {@link CollectedPayment#collectedBefore()}
 * @param costsRecovered recoverable costs repaid: they go back to whoever advanced them, untouched
 * @param fileFeeCharged whether this assessment bears the case's file fee
 */
public record FeeAssessment(
    Money feeBase,
    Money collectedAfter,
    Money costsRecovered,
    List<FeeLine> lines,
    boolean fileFeeCharged) {

  public FeeAssessment {
    Objects.requireNonNull(feeBase, "feeBase");
    Objects.requireNonNull(collectedAfter, "collectedAfter");
    Objects.requireNonNull(costsRecovered, "costsRecovered");
    lines = List.copyOf(lines);
  }

  /** The agency's earnings excluding VAT: its fees and the accessories it keeps. */
  public Money agencyIncome() {
    return lines.stream().map(FeeLine::amount).reduce(zero(), Money::plus);
  }

  /** The VAT on those earnings, line by line, collected for the State. */
  public Money vat() {
    return lines.stream().map(FeeLine::vat).reduce(zero(), Money::plus);
  }

  /** What the creditor pays the agency for this payment: its fees and all the VAT. */
  public Money chargedToCreditor() {
    return lines.stream().map(FeeLine::chargedToCreditor).reduce(zero(), Money::plus);
  }

  /**
   * What the creditor is owed from this payment: the fee base less what it is charged. Negative
   * when fixed fees exceed what came in (a certificate fee, a file fee on a small first payment):
   * the remittance nets it against the creditor's other collections.
   */
  public Money netToCreditor() {
    return feeBase.minus(chargedToCreditor());
  }

  private Money zero() {
    return Money.zero(feeBase.currency());
  }
}
