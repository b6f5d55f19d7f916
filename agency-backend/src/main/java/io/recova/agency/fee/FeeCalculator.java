package io.recova.agency.fee;

import io.recova.agency.mandate.FeeRate;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.mandate.FeeTier;
import io.recova.agency.mandate.KeptBy;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency's fees on a payment, from the mandate's {@link FeeSchedule} (CPCE R124-3 3°: the fee
 * is paid by the creditor). The rules, as agreed for Recova:
 *
 * <ol>
 *   <li><b>Fee base.</b> The contingency fee is a percentage of what was collected <i>for the
 *       creditor</i>: the principal, plus late interest and the 40 EUR indemnity when the mandate
 *       leaves them to the creditor. Recoverable costs are a repayment to whoever advanced them, not
 *       a collection: no fee, no VAT. A part held on the case (overpayment) bears nothing until
 *       applied.
 *   <li><b>Rate.</b> The mandate's rate for the stage the case was in when the money came in
 *       (amicable, or judicial in court and enforcement).
 *   <li><b>Tiers</b> are marginal on the case's cumulative fee base, like tax brackets: with 15 %
 *       up to 5,000 and 10 % above, a case that collects 6,000 pays 750 + 100. A payment that
 *       crosses a threshold gives one line per band.
 *   <li><b>Kept accessories.</b> Interest and indemnity the mandate leaves to the agency are agency
 *       income taken from the debtor's payment, with no contingency fee on them. Kept interest is
 *       remuneration of the agency's service and bears VAT (invoiced to the creditor, like every
 *       VAT on fees): an interpretation (late interest itself is outside the scope of VAT, but
 *       once left to the agency it pays for a service), to be confirmed by the agency's tax
 *       adviser; the indemnity never bears VAT (C. com. D441-5, DOMAIN D6).
 *   <li><b>File fee</b>: once per case, on the first payment that collects anything but costs
 *       (no cure, no pay: a case that never collects costs the creditor nothing).
 *   <li><b>Certificate fee</b>: when an irrecoverability certificate is issued, {@link
 *       #assessCertificate}.
 *   <li><b>VAT</b> at the rate in force on the payment's value date (reference data).
 *   <li><b>Rounding</b>: each line to the cent, half up (French commercial rounding); the VAT of a
 *       line is computed on its rounded amount and rounded the same way; totals are sums of
 *       rounded lines, never rounded again. Charging payment by payment can therefore differ by a
 *       few cents from one fee on the case's total; what was charged stays charged.
 * </ol>
 *
 * Fees are in euros, as are mandates; a payment in another currency is refused.
 */
public final class FeeCalculator {

  private static final RoundingMode COMMERCIAL = RoundingMode.HALF_UP;

  private FeeCalculator() {}

  /**
   * @throws MissingVatRateException when no VAT rate was in force on the value date
   * @throws IllegalArgumentException when the payment is not in euros
   */
  public static FeeAssessment assess(
      FeeSchedule schedule, VatRateTable vatRates, CollectedPayment payment) {
    requireEuros(payment.principal());
    BigDecimal vatPercent = vatRates.percentOn(payment.valueDate());
    Money zero = Money.zero(FeeSchedule.EUR);

    boolean agencyKeepsInterest = schedule.lateInterest() == KeptBy.AGENCY;
    boolean agencyKeepsIndemnity = schedule.indemnity() == KeptBy.AGENCY;
    Money feeBase =
        payment
            .principal()
            .plus(agencyKeepsInterest ? zero : payment.interest())
            .plus(agencyKeepsIndemnity ? zero : payment.indemnity());

    List<FeeLine> lines =
        new ArrayList<>(contingency(schedule, payment, feeBase, vatPercent));

    boolean fileFeeCharged = false;
    if (!payment.fileFeeAlreadyCharged()
        && !schedule.fileFee().isZero()
        && !payment.collected().isZero()) {
      lines.add(fixed(FeeKind.FILE_FEE, "File fee", schedule.fileFee(), vatPercent));
      fileFeeCharged = true;
    }
    if (agencyKeepsInterest && !payment.interest().isZero()) {
      lines.add(new FeeLine(FeeKind.LATE_INTEREST_KEPT, "Late interest kept by the agency",
          payment.interest(), null, payment.interest(), vatPercent,
          vatOn(payment.interest(), vatPercent)));
    }
    if (agencyKeepsIndemnity && !payment.indemnity().isZero()) {
      lines.add(new FeeLine(FeeKind.INDEMNITY_KEPT, "Recovery indemnity kept by the agency",
          payment.indemnity(), null, payment.indemnity(), BigDecimal.ZERO, zero));
    }
    return new FeeAssessment(
        feeBase, payment.collectedBefore().plus(feeBase), payment.costs(), lines, fileFeeCharged);
  }

  /**
   * The fee for issuing an irrecoverability certificate (DOMAIN section 5), charged to the creditor
   * at the VAT rate in force on the issue date; no line when the mandate has no such fee.
   */
  public static FeeAssessment assessCertificate(
      FeeSchedule schedule, VatRateTable vatRates, LocalDate issuedOn) {
    BigDecimal vatPercent = vatRates.percentOn(issuedOn);
    Money zero = Money.zero(FeeSchedule.EUR);
    List<FeeLine> lines =
        schedule.certificateFee().isZero()
            ? List.of()
            : List.of(fixed(FeeKind.CERTIFICATE_FEE, "Irrecoverability certificate",
                schedule.certificateFee(), vatPercent));
    return new FeeAssessment(zero, zero, zero, lines, false);
  }

  /** One line per band of the schedule that the payment's fee base reaches. */
  private static List<FeeLine> contingency(
      FeeSchedule schedule, CollectedPayment payment, Money feeBase, BigDecimal vatPercent) {
    boolean judicial = payment.stage() == FeeStage.JUDICIAL;
    String stage = judicial ? "judicial" : "amicable";
    Money from = payment.collectedBefore();
    Money to = from.plus(feeBase);
    List<FeeLine> lines = new ArrayList<>();
    List<FeeTier> tiers = schedule.tiers();
    for (int band = 0; band <= tiers.size(); band++) {
      Money start = band == 0 ? Money.zero(FeeSchedule.EUR) : FeeSchedule.threshold(tiers.get(band - 1));
      Money end = band == tiers.size() ? null : FeeSchedule.threshold(tiers.get(band));
      Money low = max(from, start);
      Money high = end == null ? to : min(to, end);
      if (high.compareTo(low) <= 0) {
        continue;
      }
      FeeRate rate =
          band == 0
              ? schedule.baseRate(judicial)
              : judicial ? tiers.get(band - 1).judicial() : tiers.get(band - 1).amicable();
      Money portion = high.minus(low);
      Money amount = portion.times(rate.percent().movePointLeft(2), COMMERCIAL);
      String label = "Contingency fee " + rate + " (" + stage + ")" + bandLabel(start, end, tiers);
      lines.add(new FeeLine(FeeKind.CONTINGENCY, label, portion, rate.percent(), amount,
          vatPercent, vatOn(amount, vatPercent)));
    }
    return lines;
  }

  private static String bandLabel(Money start, Money end, List<FeeTier> tiers) {
    if (tiers.isEmpty()) {
      return "";
    }
    if (end == null) {
      return ", above " + start.amount().toPlainString();
    }
    return ", " + start.amount().toPlainString() + " to " + end.amount().toPlainString();
  }

  private static FeeLine fixed(FeeKind kind, String label, Money amount, BigDecimal vatPercent) {
    return new FeeLine(kind, label, null, null, amount, vatPercent, vatOn(amount, vatPercent));
  }

  /** VAT on a line's rounded amount, itself rounded half up to the cent. */
  private static Money vatOn(Money amount, BigDecimal vatPercent) {
    return amount.times(vatPercent.movePointLeft(2), COMMERCIAL);
  }

  private static void requireEuros(Money amount) {
    if (!FeeSchedule.EUR.equals(amount.currency())) {
      throw new IllegalArgumentException(
          "Fees are charged on payments in euros, the mandate's currency: " + amount);
    }
  }

  private static Money max(Money a, Money b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
