package io.recova.agency.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.recova.agency.money.Money;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A mandate's fee schedule as a manager submits it, at registration or as an amendment. */
class FeeScheduleRulesTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static FeeScheduleView.Tier tier(String above, String amicable, String judicial) {
    return new FeeScheduleView.Tier(
        above == null ? null : d(above), d(amicable), d(judicial));
  }

  private static FeeScheduleCommand command(List<FeeScheduleView.Tier> tiers, String fileFee,
      String certificateFee) {
    return new FeeScheduleCommand(d("15"), d("20"), tiers, fileFee == null ? null : d(fileFee),
        certificateFee == null ? null : d(certificateFee), KeptBy.AGENCY, KeptBy.CREDITOR,
        CostsBorneBy.AGENCY);
  }

  private static List<FieldViolation> violationsOf(FeeScheduleCommand command) {
    return assertThrows(InvalidInputException.class, () -> FeeScheduleRules.build(command))
        .violations();
  }

  @Test
  void buildsTheWholeScheduleFromACompleteCommand() {
    FeeSchedule s = FeeScheduleRules.build(command(
        List.of(tier("5000", "10", "12"), tier("20000.5", "7.5", "9")), "30", "75.00"));

    assertThat(s.amicable()).isEqualTo(FeeRate.ofPercent(d("15")));
    assertThat(s.tiers()).containsExactly(
        new FeeTier(d("5000"), FeeRate.ofPercent(d("10")), FeeRate.ofPercent(d("12"))),
        new FeeTier(d("20000.50"), FeeRate.ofPercent(d("7.5")), FeeRate.ofPercent(d("9"))));
    assertThat(s.fileFee()).isEqualTo(Money.of("30.00", "EUR"));
    assertThat(s.certificateFee()).isEqualTo(Money.of("75.00", "EUR"));
    assertThat(s.lateInterest()).isEqualTo(KeptBy.AGENCY);
    assertThat(s.indemnity()).isEqualTo(KeptBy.CREDITOR);
    assertThat(s.unrecoverableCosts()).isEqualTo(CostsBorneBy.AGENCY);
    assertThat(s.view().unrecoverableCostsBorneBy()).isEqualTo(CostsBorneBy.AGENCY);
  }

  @Test
  void leftOutOptionsMeanAFlatFeeWithTheAccessoriesToTheCreditor() {
    FeeSchedule s = FeeScheduleRules.build(
        new FeeScheduleCommand(d("15"), d("20"), null, null, null, null, null, null));

    assertThat(s).isEqualTo(FeeSchedule.flat(FeeRate.ofPercent(d("15")),
        FeeRate.ofPercent(d("20"))));
  }

  @Test
  void refusesNegativeRatesAndRatesAboveTheCeiling() {
    assertThat(violationsOf(new FeeScheduleCommand(d("-1"), d("120"),
        List.of(tier("5000", "-0.5", "150")), null, null, null, null, null)))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(
            tuple("amicableFeePercent", "fee.range"),
            tuple("judicialFeePercent", "fee.range"),
            tuple("tiers[0].amicableFeePercent", "fee.range"),
            tuple("tiers[0].judicialFeePercent", "fee.range"));
  }

  @Test
  void refusesTiersOutOfOrderOrRepeated() {
    assertThat(violationsOf(command(
        List.of(tier("5000", "10", "10"), tier("1000", "5", "5"), tier("5000", "5", "5")),
        null, null)))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(
            tuple("tiers[1].above", "tiers.order"),
            tuple("tiers[2].above", "tiers.order"));
  }

  @Test
  void refusesATierWithoutAPositiveThresholdInCents() {
    assertThat(violationsOf(command(
        List.of(tier(null, "10", "10"), tier("0", "5", "5"), tier("10.001", "5", "5")),
        null, null)))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(
            tuple("tiers[0].above", "tier.above.required"),
            tuple("tiers[1].above", "tier.above.range"),
            tuple("tiers[2].above", "tier.above.scale"));
  }

  @Test
  void refusesAnEmptyTierAndMoreThanTenTiers() {
    assertThat(violationsOf(command(Arrays.asList((FeeScheduleView.Tier) null), null, null)))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("tiers[0]", "tier.required"));
    List<FeeScheduleView.Tier> eleven = java.util.stream.IntStream.rangeClosed(1, 11)
        .mapToObj(i -> tier(i + "000", "10", "10")).toList();
    assertThat(violationsOf(command(eleven, null, null)))
        .extracting(FieldViolation::code).containsExactly("tiers.tooMany");
  }

  @Test
  void refusesNegativeOrOverPreciseFixedFees() {
    assertThat(violationsOf(command(List.of(), "-5", "12.345")))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(
            tuple("fileFee", "fixedFee.range"),
            tuple("certificateFee", "fixedFee.scale"));
  }

  @Test
  void aMissingBodyIsReported() {
    assertThat(assertThrows(InvalidInputException.class, () -> FeeScheduleRules.build(null))
        .violations()).extracting(FieldViolation::field).containsExactly("body");
  }

  @Test
  void aMandateIsRegisteredWithItsWholeFeeScheduleAndAmendedLater() {
    NewCreditorClient command = new NewCreditorClient("Martin Matériaux SAS", null, null, null,
        d("15"), d("20"), RemittanceFrequency.MONTHLY, "FR7630006000011234567890189", null,
        LocalDate.of(2026, 1, 15), List.of(tier("5000", "10", "12")), d("30"), d("75"),
        KeptBy.CREDITOR, KeptBy.AGENCY, null, CostsBorneBy.AGENCY);
    CreditorClient client = CreditorClientFactory.register(command, UUID.randomUUID(),
        Instant.parse("2026-06-15T09:30:00Z"), LocalDate.of(2026, 6, 15));

    FeeScheduleView fees = client.view().mandate().fees();
    assertThat(fees.tiers()).containsExactly(tier("5000.00", "10.00", "12.00"));
    assertThat(fees.fileFee()).isEqualByComparingTo("30");
    assertThat(fees.indemnityKeptBy()).isEqualTo(KeptBy.AGENCY);
    assertThat(fees.unrecoverableCostsBorneBy()).isEqualTo(CostsBorneBy.AGENCY);
    assertThat(client.mandate().unrecoverableCostsBorneBy()).isEqualTo(CostsBorneBy.AGENCY);

    client.amendFees(FeeSchedule.flat(FeeRate.ofPercent(d("9")), FeeRate.ofPercent(d("11"))));
    assertThat(client.view().mandate().amicableFeePercent()).isEqualByComparingTo("9");
    assertThat(client.mandate().feeSchedule().tiers()).isEmpty();
    // An amendment that says nothing of costs leaves them with the creditor, the default.
    assertThat(client.mandate().unrecoverableCostsBorneBy()).isEqualTo(CostsBorneBy.CREDITOR);
  }

  @Test
  void aRegistrationWithBadFeesReportsThemWithTheOtherFields() {
    NewCreditorClient command = new NewCreditorClient(null, null, null, null, d("15"), d("20"),
        RemittanceFrequency.MONTHLY, "FR7630006000011234567890189", null, null,
        List.of(tier("5000", "10", "12"), tier("100", "5", "5")), d("-1"), null, null, null, null,
        null);

    assertThat(assertThrows(InvalidInputException.class, () -> CreditorClientFactory.register(
        command, UUID.randomUUID(), Instant.now(), LocalDate.of(2026, 6, 15))).violations())
        .extracting(FieldViolation::field)
        .containsExactly("name", "tiers[1].above", "fileFee");
  }
}
