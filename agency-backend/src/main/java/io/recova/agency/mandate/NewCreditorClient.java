package io.recova.agency.mandate;

import jakarta.json.bind.annotation.JsonbCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a manager submits to register a creditor client and its mandate. Every field is checked by
 * {@link CreditorClientService#register}; nothing here is trusted.
 *
 * @param registrationNumber SIREN (9 digits) of the creditor, optional
 * @param signedOn the date the mandate was signed; today when null
 * @param feeTiers optional marginal tiers (see {@link FeeSchedule})
 * @param fileFee optional fixed fee per file in euros excluding VAT
 * @param certificateFee optional fee per irrecoverability certificate in euros excluding VAT
 * @param lateInterestKeptBy who keeps the late interest; the creditor when null
 * @param indemnityKeptBy who keeps the 40 EUR indemnity; the creditor when null
 * @param remittanceDelayDays the delay agreed in the mandate for remitting a payment after its
 *     encashment, in days; the legal month (CPCE R124-6) when null
 * @param unrecoverableCostsBorneBy who bears the advanced costs the debtor does not repay; the
 *     creditor when null
 */
public record NewCreditorClient(
    String name,
    String registrationNumber,
    String address,
    String contactEmail,
    BigDecimal amicableFeePercent,
    BigDecimal judicialFeePercent,
    RemittanceFrequency remittanceFrequency,
    String iban,
    String bic,
    LocalDate signedOn,
    List<FeeScheduleView.Tier> feeTiers,
    BigDecimal fileFee,
    BigDecimal certificateFee,
    KeptBy lateInterestKeptBy,
    KeptBy indemnityKeptBy,
    Integer remittanceDelayDays,
    CostsBorneBy unrecoverableCostsBorneBy) {

  /** JSON-B reads the request through the canonical constructor; absent fields are null. */
  @JsonbCreator
  public NewCreditorClient {}

  /** A mandate with a flat fee: the two rates, no tiers, no fixed fees, accessories to the creditor. */
  public NewCreditorClient(
      String name,
      String registrationNumber,
      String address,
      String contactEmail,
      BigDecimal amicableFeePercent,
      BigDecimal judicialFeePercent,
      RemittanceFrequency remittanceFrequency,
      String iban,
      String bic,
      LocalDate signedOn) {
    this(name, registrationNumber, address, contactEmail, amicableFeePercent, judicialFeePercent,
        remittanceFrequency, iban, bic, signedOn, null, null, null, null, null, null,
        null);
  }

  /** The fee part of the registration, checked by the same rules as a later change. */
  FeeScheduleCommand fees() {
    return new FeeScheduleCommand(amicableFeePercent, judicialFeePercent, feeTiers, fileFee,
        certificateFee, lateInterestKeptBy, indemnityKeptBy, unrecoverableCostsBorneBy);
  }
}
