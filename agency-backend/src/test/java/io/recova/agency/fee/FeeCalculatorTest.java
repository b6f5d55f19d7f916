package io.recova.agency.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.mandate.FeeRate;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.mandate.FeeTier;
import io.recova.agency.mandate.KeptBy;
import io.recova.agency.money.Money;
import io.recova.agency.valuation.PaymentAllocation;
import io.recova.agency.valuation.ReceivedPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fee rules of {@link FeeCalculator}, each mandate option with its worked numbers. Unless a
 * test says otherwise: 15 % amicable, 20 % judicial, VAT 20 %.
 */
class FeeCalculatorTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  /** 20 % since 2014; a hypothetical 21 % from 2027 to show the rate follows the date. */
  private static final VatRateTable VAT =
      VatRateTable.of(Map.of(LocalDate.of(2014, 1, 1), pct("20.00"),
          LocalDate.of(2027, 1, 1), pct("21.00")));

  private static BigDecimal pct(String p) {
    return new BigDecimal(p);
  }

  private static FeeRate rate(String p) {
    return FeeRate.ofPercent(pct(p));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static final FeeSchedule FLAT = FeeSchedule.flat(rate("15"), rate("20"));

  private static FeeSchedule schedule(List<FeeTier> tiers, String fileFee, String certificateFee,
      KeptBy interest, KeptBy indemnity) {
    return new FeeSchedule(rate("15"), rate("20"), tiers, eur(fileFee), eur(certificateFee),
        interest, indemnity);
  }

  private static FeeSchedule keeping(KeptBy interest, KeptBy indemnity) {
    return schedule(List.of(), "0.00", "0.00", interest, indemnity);
  }

  private static CollectedPayment principal(String amount, FeeStage stage, String before) {
    return new CollectedPayment(DAY, stage, eur(before), false, eur("0.00"), eur("0.00"),
        eur("0.00"), eur(amount));
  }

  /** 1,000.00 of principal, 165.73 of interest and the 40.00 indemnity, amicably. */
  private static final CollectedPayment MIXED = new CollectedPayment(DAY, FeeStage.AMICABLE,
      eur("0.00"), false, eur("0.00"), eur("165.73"), eur("40.00"), eur("1000.00"));

  private static FeeAssessment assess(FeeSchedule s, CollectedPayment p) {
    FeeAssessment a = FeeCalculator.assess(s, VAT, p);
    assertReconciles(p, a);
    return a;
  }

  /** Every cent of the payment goes somewhere: costs, creditor, agency or VAT. */
  private static void assertReconciles(CollectedPayment p, FeeAssessment a) {
    assertThat(a.costsRecovered().plus(a.netToCreditor()).plus(a.agencyIncome()).plus(a.vat()))
        .isEqualTo(p.costs().plus(p.collected()));
  }

  @Test
  void amicably15PercentOf1000Is150PlusVat30AndTheCreditorGets820() {
    FeeAssessment a = assess(FLAT, principal("1000.00", FeeStage.AMICABLE, "0.00"));

    assertThat(a.lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(FeeKind.CONTINGENCY);
      assertThat(l.base()).isEqualTo(eur("1000.00"));
      assertThat(l.amount()).isEqualTo(eur("150.00"));
      assertThat(l.vat()).isEqualTo(eur("30.00"));
    });
    assertThat(a.feeBase()).isEqualTo(eur("1000.00"));
    assertThat(a.netToCreditor()).isEqualTo(eur("820.00"));
    assertThat(a.collectedAfter()).isEqualTo(eur("1000.00"));
  }

  @Test
  void judicially20PercentOf1000Is200PlusVat40AndTheCreditorGets760() {
    FeeAssessment a = assess(FLAT, principal("1000.00", FeeStage.JUDICIAL, "0.00"));

    assertThat(a.agencyIncome()).isEqualTo(eur("200.00"));
    assertThat(a.vat()).isEqualTo(eur("40.00"));
    assertThat(a.netToCreditor()).isEqualTo(eur("760.00"));
  }

  @Test
  void theStageOfTheCaseWhenCollectedPicksTheRate() {
    assertThat(FeeStage.of(io.recova.agency.casefile.Stage.JUDICIAL)).isEqualTo(FeeStage.JUDICIAL);
    assertThat(FeeStage.of(io.recova.agency.casefile.Stage.ENFORCEMENT))
        .isEqualTo(FeeStage.JUDICIAL);
    assertThat(FeeStage.of(io.recova.agency.casefile.Stage.FORMAL_NOTICE))
        .isEqualTo(FeeStage.AMICABLE);
    assertThat(FeeStage.of(io.recova.agency.casefile.Stage.PAYMENT_PLAN))
        .isEqualTo(FeeStage.AMICABLE);
  }

  @Test
  void aPaymentCrossingTheTierGives500At15PercentAnd500At10Percent() {
    // 15 % up to 5,000, 10 % above; 4,500 collected before, 1,000 now
    FeeSchedule tiered = schedule(List.of(new FeeTier(pct("5000"), rate("10"), rate("12"))),
        "0.00", "0.00", KeptBy.CREDITOR, KeptBy.CREDITOR);

    FeeAssessment a = assess(tiered, principal("1000.00", FeeStage.AMICABLE, "4500.00"));

    assertThat(a.lines()).extracting(FeeLine::base, FeeLine::amount, FeeLine::vat)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(eur("500.00"), eur("75.00"), eur("15.00")),
            org.assertj.core.groups.Tuple.tuple(eur("500.00"), eur("50.00"), eur("10.00")));
    assertThat(a.netToCreditor()).isEqualTo(eur("850.00"));
    assertThat(a.collectedAfter()).isEqualTo(eur("5500.00"));
  }

  @Test
  void tiersAreMarginalSoACaseCollecting6000Pays750Plus100() {
    FeeSchedule tiered = schedule(List.of(new FeeTier(pct("5000"), rate("10"), rate("12"))),
        "0.00", "0.00", KeptBy.CREDITOR, KeptBy.CREDITOR);

    FeeAssessment first = assess(tiered, principal("6000.00", FeeStage.AMICABLE, "0.00"));
    FeeAssessment later = assess(tiered, principal("1000.00", FeeStage.AMICABLE, "6000.00"));

    assertThat(first.agencyIncome()).isEqualTo(eur("850.00"));
    // entirely above the threshold: 10 % of 1,000
    assertThat(later.agencyIncome()).isEqualTo(eur("100.00"));
  }

  @Test
  void judiciallyTheTiersJudicialRatesApply() {
    // 20 % up to 5,000 then 12 %: 4,000 before, 2,000 now = 1,000 x 20 % + 1,000 x 12 %
    FeeSchedule tiered = schedule(List.of(new FeeTier(pct("5000"), rate("10"), rate("12"))),
        "0.00", "0.00", KeptBy.CREDITOR, KeptBy.CREDITOR);

    FeeAssessment a = assess(tiered, principal("2000.00", FeeStage.JUDICIAL, "4000.00"));

    assertThat(a.lines()).extracting(FeeLine::amount)
        .containsExactly(eur("200.00"), eur("120.00"));
  }

  @Test
  void aPaymentAcrossThreeBandsGivesThreeLines() {
    // 15 % to 1,000, 10 % to 5,000, 5 % above: 500 before, 5,500 now = 75 + 400 + 50
    FeeSchedule tiered = schedule(List.of(new FeeTier(pct("1000"), rate("10"), rate("10")),
        new FeeTier(pct("5000"), rate("5"), rate("5"))), "0.00", "0.00", KeptBy.CREDITOR,
        KeptBy.CREDITOR);

    FeeAssessment a = assess(tiered, principal("5500.00", FeeStage.AMICABLE, "500.00"));

    assertThat(a.lines()).extracting(FeeLine::amount)
        .containsExactly(eur("75.00"), eur("400.00"), eur("50.00"));
  }

  @Test
  void theFileFeeOf30IsChargedOnTheFirstPaymentOnly() {
    FeeSchedule withFileFee = schedule(List.of(), "30.00", "0.00", KeptBy.CREDITOR,
        KeptBy.CREDITOR);

    // 100 collected: 15.00 + 30.00 of fees, 3.00 + 6.00 of VAT, 46.00 to the creditor
    FeeAssessment first = assess(withFileFee, principal("100.00", FeeStage.AMICABLE, "0.00"));
    assertThat(first.lines()).extracting(FeeLine::kind, FeeLine::amount, FeeLine::vat)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FeeKind.CONTINGENCY, eur("15.00"), eur("3.00")),
            org.assertj.core.groups.Tuple.tuple(FeeKind.FILE_FEE, eur("30.00"), eur("6.00")));
    assertThat(first.fileFeeCharged()).isTrue();
    assertThat(first.netToCreditor()).isEqualTo(eur("46.00"));

    CollectedPayment second = new CollectedPayment(DAY, FeeStage.AMICABLE,
        first.collectedAfter(), true, eur("0.00"), eur("0.00"), eur("0.00"), eur("100.00"));
    FeeAssessment next = assess(withFileFee, second);
    assertThat(next.lines()).extracting(FeeLine::kind).containsExactly(FeeKind.CONTINGENCY);
    assertThat(next.fileFeeCharged()).isFalse();
    assertThat(next.netToCreditor()).isEqualTo(eur("82.00"));
  }

  @Test
  void aFileFeeAboveASmallFirstPaymentLeavesTheCreditorOwingTheDifference() {
    FeeSchedule withFileFee = schedule(List.of(), "30.00", "0.00", KeptBy.CREDITOR,
        KeptBy.CREDITOR);

    // 10 collected: 1.50 + 0.30 VAT, 30.00 + 6.00 VAT: 10 - 37.80 = -27.80
    FeeAssessment a = assess(withFileFee, principal("10.00", FeeStage.AMICABLE, "0.00"));

    assertThat(a.netToCreditor()).isEqualTo(eur("-27.80"));
  }

  @Test
  void aPaymentThatOnlyRepaysCostsBearsNoFeeNorTheFileFee() {
    FeeSchedule withFileFee = schedule(List.of(), "30.00", "0.00", KeptBy.CREDITOR,
        KeptBy.CREDITOR);
    CollectedPayment costsOnly = new CollectedPayment(DAY, FeeStage.JUDICIAL, eur("0.00"), false,
        eur("50.00"), eur("0.00"), eur("0.00"), eur("0.00"));

    FeeAssessment a = assess(withFileFee, costsOnly);

    assertThat(a.lines()).isEmpty();
    assertThat(a.fileFeeCharged()).isFalse();
    assertThat(a.costsRecovered()).isEqualTo(eur("50.00"));
    assertThat(a.netToCreditor()).isEqualTo(eur("0.00"));
  }

  @Test
  void theCertificateFeeOf75IsCharged90WithVatToTheCreditor() {
    FeeSchedule withCertificateFee = schedule(List.of(), "0.00", "75.00", KeptBy.CREDITOR,
        KeptBy.CREDITOR);

    FeeAssessment a = FeeCalculator.assessCertificate(withCertificateFee, VAT, DAY);

    assertThat(a.lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(FeeKind.CERTIFICATE_FEE);
      assertThat(l.amount()).isEqualTo(eur("75.00"));
      assertThat(l.vat()).isEqualTo(eur("15.00"));
    });
    assertThat(a.chargedToCreditor()).isEqualTo(eur("90.00"));
    assertThat(a.netToCreditor()).isEqualTo(eur("-90.00"));
    assertThat(FeeCalculator.assessCertificate(FLAT, VAT, DAY).lines()).isEmpty();
  }

  @Test
  void interestAndIndemnityKeptByTheCreditorBearTheContingencyFee() {
    // 1,205.73 x 15 % = 180.8595 -> 180.86; VAT 36.172 -> 36.17; 1,205.73 - 217.03 = 988.70
    FeeAssessment a = assess(keeping(KeptBy.CREDITOR, KeptBy.CREDITOR), MIXED);

    assertThat(a.feeBase()).isEqualTo(eur("1205.73"));
    assertThat(a.lines()).singleElement().satisfies(l -> {
      assertThat(l.amount()).isEqualTo(eur("180.86"));
      assertThat(l.vat()).isEqualTo(eur("36.17"));
    });
    assertThat(a.netToCreditor()).isEqualTo(eur("988.70"));
  }

  @Test
  void interestKeptByTheAgencyIsItsIncomeWithVatButNoContingencyFee() {
    // base 1,040.00 -> 156.00 + 31.20 VAT; interest 165.73 kept, VAT 33.146 -> 33.15
    FeeAssessment a = assess(keeping(KeptBy.AGENCY, KeptBy.CREDITOR), MIXED);

    assertThat(a.feeBase()).isEqualTo(eur("1040.00"));
    assertThat(a.lines()).extracting(FeeLine::kind, FeeLine::amount, FeeLine::vat)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FeeKind.CONTINGENCY, eur("156.00"), eur("31.20")),
            org.assertj.core.groups.Tuple.tuple(FeeKind.LATE_INTEREST_KEPT, eur("165.73"),
                eur("33.15")));
    // the creditor pays 156.00 + 31.20 + the 33.15 VAT on the kept interest
    assertThat(a.chargedToCreditor()).isEqualTo(eur("220.35"));
    assertThat(a.netToCreditor()).isEqualTo(eur("819.65"));
    assertThat(a.agencyIncome()).isEqualTo(eur("321.73"));
  }

  @Test
  void theIndemnityKeptByTheAgencyBearsNoVatAndNoContingencyFee() {
    // base 1,165.73 -> 174.8595 -> 174.86, VAT 34.972 -> 34.97; the 40.00 kept without VAT
    FeeAssessment a = assess(keeping(KeptBy.CREDITOR, KeptBy.AGENCY), MIXED);

    assertThat(a.lines()).extracting(FeeLine::kind, FeeLine::amount, FeeLine::vat)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FeeKind.CONTINGENCY, eur("174.86"), eur("34.97")),
            org.assertj.core.groups.Tuple.tuple(FeeKind.INDEMNITY_KEPT, eur("40.00"),
                eur("0.00")));
    assertThat(a.lines().get(1).vatPercent()).isEqualByComparingTo("0");
    assertThat(a.netToCreditor()).isEqualTo(eur("955.90"));
  }

  @Test
  void withBothAccessoriesKeptByTheAgencyOnlyThePrincipalBearsTheFee() {
    FeeAssessment a = assess(keeping(KeptBy.AGENCY, KeptBy.AGENCY), MIXED);

    // 150.00 + 30.00 VAT on principal, 33.15 VAT on kept interest: 1,000 - 213.15
    assertThat(a.feeBase()).isEqualTo(eur("1000.00"));
    assertThat(a.netToCreditor()).isEqualTo(eur("786.85"));
    assertThat(a.vat()).isEqualTo(eur("63.15"));
  }

  @Test
  void vatFollowsTheRateInForceOnTheValueDate() {
    CollectedPayment in2027 = new CollectedPayment(LocalDate.of(2027, 3, 1), FeeStage.AMICABLE,
        eur("0.00"), false, eur("0.00"), eur("0.00"), eur("0.00"), eur("1000.00"));

    // 150.00 at the hypothetical 21 % = 31.50
    FeeAssessment a = assess(FLAT, in2027);

    assertThat(a.lines().get(0).vatPercent()).isEqualByComparingTo("21.00");
    assertThat(a.vat()).isEqualTo(eur("31.50"));
    assertThat(assess(FLAT, principal("1000.00", FeeStage.AMICABLE, "0.00")).vat())
        .isEqualTo(eur("30.00"));
  }

  @Test
  void aDayBeforeAnyRecordedVatRateIsRefusedRatherThanGuessed() {
    CollectedPayment in2013 = new CollectedPayment(LocalDate.of(2013, 12, 31),
        FeeStage.AMICABLE, eur("0.00"), false, eur("0.00"), eur("0.00"), eur("0.00"),
        eur("1000.00"));

    assertThatThrownBy(() -> FeeCalculator.assess(FLAT, VAT, in2013))
        .isInstanceOf(MissingVatRateException.class).hasMessageContaining("2013-12-31");
  }

  @Test
  void halfACentRoundsUpSo5PercentOf10CentsIs1Cent() {
    FeeSchedule five = new FeeSchedule(rate("5"), rate("5"), List.of(), eur("0.00"),
        eur("0.00"), KeptBy.CREDITOR, KeptBy.CREDITOR);

    // 0.10 x 5 % = 0.005 -> 0.01; its VAT 0.002 -> 0.00
    FeeAssessment up = assess(five, principal("0.10", FeeStage.AMICABLE, "0.00"));
    assertThat(up.lines().get(0).amount()).isEqualTo(eur("0.01"));
    assertThat(up.lines().get(0).vat()).isEqualTo(eur("0.00"));
    // 0.09 x 5 % = 0.0045 -> 0.00: rounded once, never 0.0045 -> 0.005 -> 0.01
    FeeAssessment down = assess(five, principal("0.09", FeeStage.AMICABLE, "0.00"));
    assertThat(down.lines().get(0).amount()).isEqualTo(eur("0.00"));
  }

  @Test
  void theVatOfALineIsComputedOnItsRoundedAmount() {
    // In 2027 (hypothetical 21 %): 1,000.16 x 15 % = 150.024 -> 150.02;
    // VAT on 150.02 = 31.5042 -> 31.50, where on the unrounded 150.024 it would be 31.50504 -> 31.51
    CollectedPayment in2027 = new CollectedPayment(LocalDate.of(2027, 3, 1), FeeStage.AMICABLE,
        eur("0.00"), false, eur("0.00"), eur("0.00"), eur("0.00"), eur("1000.16"));

    FeeAssessment a = assess(FLAT, in2027);

    assertThat(a.lines().get(0).amount()).isEqualTo(eur("150.02"));
    assertThat(a.lines().get(0).vat()).isEqualTo(eur("31.50"));
  }

  @Test
  void aFeeOfExactlyHalfACentAboveRoundsUp() {
    // 33.30 x 15 % = 4.995 -> 5.00, and its VAT 1.00
    FeeAssessment a = assess(FLAT, principal("33.30", FeeStage.AMICABLE, "0.00"));

    assertThat(a.lines().get(0).amount()).isEqualTo(eur("5.00"));
    assertThat(a.lines().get(0).vat()).isEqualTo(eur("1.00"));
  }

  @Test
  void eachBandRoundsOnItsOwnSoTwoHalfCentsMakeThreeCents() {
    // 5 % to 5,000, 15 % above; 4,999.90 before, 0.20 now:
    // 0.10 x 5 % = 0.005 -> 0.01 and 0.10 x 15 % = 0.015 -> 0.02: 0.03 (not 0.02 on the sum)
    FeeSchedule tiered = new FeeSchedule(rate("5"), rate("5"),
        List.of(new FeeTier(pct("5000"), rate("15"), rate("15"))), eur("0.00"), eur("0.00"),
        KeptBy.CREDITOR, KeptBy.CREDITOR);

    FeeAssessment a = assess(tiered, principal("0.20", FeeStage.AMICABLE, "4999.90"));

    assertThat(a.lines()).extracting(FeeLine::amount).containsExactly(eur("0.01"), eur("0.02"));
    assertThat(a.agencyIncome()).isEqualTo(eur("0.03"));
  }

  @Test
  void aZeroPaymentBearsNothing() {
    FeeSchedule everything = schedule(List.of(new FeeTier(pct("5000"), rate("10"), rate("12"))),
        "30.00", "75.00", KeptBy.AGENCY, KeptBy.AGENCY);

    FeeAssessment a = assess(everything, principal("0.00", FeeStage.AMICABLE, "1000.00"));

    assertThat(a.lines()).isEmpty();
    assertThat(a.fileFeeCharged()).isFalse();
    assertThat(a.netToCreditor()).isEqualTo(eur("0.00"));
    assertThat(a.collectedAfter()).isEqualTo(eur("1000.00"));
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> principal("-1.00", FeeStage.AMICABLE, "0.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("principal");
    assertThatThrownBy(() -> principal("1.00", FeeStage.AMICABLE, "-5.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collectedBefore");
    assertThatThrownBy(() -> new CollectedPayment(DAY, FeeStage.AMICABLE, eur("0.00"), false,
        eur("0.00"), eur("-0.01"), eur("0.00"), eur("0.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interest");
  }

  @Test
  void aPaymentInAnotherCurrencyIsRefused() {
    CollectedPayment francs = new CollectedPayment(DAY, FeeStage.AMICABLE, Money.of("0.00", "CHF"),
        false, Money.of("0.00", "CHF"), Money.of("0.00", "CHF"), Money.of("0.00", "CHF"),
        Money.of("100.00", "CHF"));

    assertThatThrownBy(() -> FeeCalculator.assess(FLAT, VAT, francs))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aValuationAllocationBecomesTheCalculatorsInput() {
    ReceivedPayment p = new ReceivedPayment(DAY, eur("1255.73"), null);
    PaymentAllocation allocation = new PaymentAllocation(p, eur("50.00"), eur("165.73"),
        eur("40.00"), eur("1000.00"), eur("0.00"));

    CollectedPayment in = CollectedPayment.of(allocation, FeeStage.AMICABLE, eur("0.00"), false);
    FeeAssessment a = assess(FLAT, in);

    assertThat(in.valueDate()).isEqualTo(DAY);
    assertThat(a.costsRecovered()).isEqualTo(eur("50.00"));
    assertThat(a.feeBase()).isEqualTo(eur("1205.73"));
  }

  @Test
  void everyOptionTogetherStillReconcilesToTheCent() {
    FeeSchedule everything = schedule(List.of(new FeeTier(pct("500"), rate("10"), rate("12")),
        new FeeTier(pct("2000"), rate("7.5"), rate("8.25"))), "25.00", "75.00", KeptBy.AGENCY,
        KeptBy.AGENCY);
    String[] amounts = {"0.01", "0.05", "3.33", "99.99", "499.99", "1234.57", "7777.77"};
    Money before = eur("0.00");
    boolean fileFeeCharged = false;
    for (String amount : amounts) {
      for (FeeStage stage : FeeStage.values()) {
        CollectedPayment p = new CollectedPayment(DAY, stage, before, fileFeeCharged,
            eur("1.11"), eur("12.34"), eur("40.00"), eur(amount));
        FeeAssessment a = assess(everything, p);
        before = a.collectedAfter();
        fileFeeCharged |= a.fileFeeCharged();
      }
    }
    assertThat(before).isEqualTo(eur("19231.42"));
  }
}
