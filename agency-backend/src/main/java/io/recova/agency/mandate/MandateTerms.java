package io.recova.agency.mandate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Read model of a mandate's terms, as shown to users and printed on the mandate summary.
 *
 * @param amicableFeePercent contingency fee on amounts collected at the amicable stage, in percent
 * @param judicialFeePercent contingency fee on amounts collected at the judicial stage, in percent
 * @param iban the creditor's account for remittances, in electronic format (no spaces)
 * @param bic optional BIC of that account
 * @param signedOn the date the collection agreement was signed
 * @param fees the whole fee schedule (the two rates above again, tiers, fixed fees, who keeps
 *     interest and the indemnity)
 * @param remittanceDelayDays the delay agreed for remitting a payment after its encashment, in
 *     days; null for the legal month (CPCE R124-6)
 */
public record MandateTerms(
    BigDecimal amicableFeePercent,
    BigDecimal judicialFeePercent,
    RemittanceFrequency remittanceFrequency,
    String iban,
    String bic,
    LocalDate signedOn,
    FeeScheduleView fees,
    Integer remittanceDelayDays) {

  /** Terms with a flat fee schedule: the two rates, nothing else (read models built by hand). */
  public MandateTerms(
      BigDecimal amicableFeePercent,
      BigDecimal judicialFeePercent,
      RemittanceFrequency remittanceFrequency,
      String iban,
      String bic,
      LocalDate signedOn) {
    this(amicableFeePercent, judicialFeePercent, remittanceFrequency, iban, bic, signedOn,
        new FeeScheduleView(amicableFeePercent, judicialFeePercent, java.util.List.of(),
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), KeptBy.CREDITOR,
            KeptBy.CREDITOR, CostsBorneBy.CREDITOR), null);
  }

  /** The IBAN grouped by four characters, as printed on paper. */
  public String ibanForPrint() {
    return iban.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
