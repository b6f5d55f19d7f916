package io.recova.agency.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.casefile.Stage;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each KPI on a small portfolio checked by hand. One creditor, March 2026: three cases entrusted
 * (1,000 + 2,000 + 500), 1,200 received in the trust account of which a 200 cheque bounced, 300
 * paid directly; 700 of all that on the March cases; 600 remitted; 410 payable on 31 March of
 * which 10 is a debtor's overpayment; four cases ended, three without court; four paid cases took
 * 10, 20, 20 and 45 days; three promises settled, two kept; 180 of fees and 36 of VAT.
 */
class KpiCalculatorTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  static PortfolioAggregates march() {
    return new PortfolioAggregates(
        new BigDecimal("3500.00"),
        new BigDecimal("1000.00"),
        new BigDecimal("300.00"),
        new BigDecimal("700.00"),
        new BigDecimal("600.00"),
        new BigDecimal("410.00"),
        new BigDecimal("10.00"),
        Map.of("AMICABLE", 2L, "CLOSED_PAID", 3L, "JUDICIAL", 1L),
        4, 3,
        List.of(new PortfolioAggregates.DayCount(20, 2), new PortfolioAggregates.DayCount(10, 1),
            new PortfolioAggregates.DayCount(45, 1)),
        3, 2,
        new BigDecimal("250.00"),
        new BigDecimal("125.50"),
        new BigDecimal("180.00"),
        new BigDecimal("36.00"));
  }

  private static Map<Kpi, KpiValue> compute(PortfolioAggregates a) {
    return KpiCalculator.compute(a, EUR).stream()
        .collect(Collectors.toMap(KpiValue::kpi, Function.identity()));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void everyKpiIsComputedOnceInTheOrderOfItsDefinition() {
    assertThat(KpiCalculator.compute(march(), EUR)).extracting(KpiValue::kpi)
        .containsExactly(Kpi.values());
  }

  @Test
  void moneyFiguresAreTheLedgerSumsAndTheirTotals() {
    Map<Kpi, KpiValue> k = compute(march());
    assertThat(k.get(Kpi.AMOUNT_ENTRUSTED).value()).isEqualTo(eur("3500.00"));
    assertThat(k.get(Kpi.COLLECTED_THROUGH_AGENCY).value()).isEqualTo(eur("1000.00"));
    assertThat(k.get(Kpi.COLLECTED_DIRECT).value()).isEqualTo(eur("300.00"));
    assertThat(k.get(Kpi.COLLECTED_TOTAL).value()).isEqualTo(eur("1300.00"));
    assertThat(k.get(Kpi.REMITTED).value()).isEqualTo(eur("600.00"));
    assertThat(k.get(Kpi.AT_RISK_NEAR_LIMITATION).value()).isEqualTo(eur("250.00"));
    assertThat(k.get(Kpi.AT_RISK_BROKEN_PLANS).value()).isEqualTo(eur("125.50"));
    assertThat(k.get(Kpi.FEES_EXCL_VAT).value()).isEqualTo(eur("180.00"));
    assertThat(k.get(Kpi.FEES_VAT).value()).isEqualTo(eur("36.00"));
  }

  @Test
  void awaitingRemittanceLeavesOutTheOverpaymentsHeldForDebtors() {
    assertThat(compute(march()).get(Kpi.AWAITING_REMITTANCE).value()).isEqualTo(eur("400.00"));
  }

  @Test
  void aCollectorsScopeHasNoRemittanceFigures() {
    PortfolioAggregates m = march();
    PortfolioAggregates collector = new PortfolioAggregates(m.entrusted(),
        m.collectedThroughAgency(), m.collectedDirect(), m.collectedOnEntrusted(), null, null,
        null, m.casesByStage(), m.casesEnded(), m.casesEndedAmicably(), m.daysToPayment(),
        m.promisesSettled(), m.promisesKept(), m.atRiskNearLimitation(), m.atRiskBrokenPlans(),
        m.feesExclVat(), m.feesVat());
    Map<Kpi, KpiValue> k = compute(collector);
    assertThat(k.get(Kpi.REMITTED).value()).isNull();
    assertThat(k.get(Kpi.AWAITING_REMITTANCE).value()).isNull();
    assertThat(k.get(Kpi.COLLECTED_TOTAL).value()).isEqualTo(eur("1300.00"));
  }

  @Test
  void ratesAreDecimalsToFourPlacesHalfUp() {
    Map<Kpi, KpiValue> k = compute(march());
    // 700 / 3500
    assertThat(k.get(Kpi.RECOVERY_RATE).value()).isEqualTo(new BigDecimal("0.2000"));
    // 3 / 4
    assertThat(k.get(Kpi.AMICABLE_CONVERSION_RATE).value()).isEqualTo(new BigDecimal("0.7500"));
    // 2 / 3 = 0.66666... up
    assertThat(k.get(Kpi.PROMISE_KEPT_RATE).value()).isEqualTo(new BigDecimal("0.6667"));
    assertThat(KpiCalculator.rate(BigDecimal.ONE, BigDecimal.valueOf(3)))
        .isEqualTo(new BigDecimal("0.3333"));
    assertThat(KpiCalculator.rate(BigDecimal.ONE, BigDecimal.valueOf(8)))
        .isEqualTo(new BigDecimal("0.1250"));
    // Interest and indemnity can make more come in than was entrusted.
    assertThat(KpiCalculator.rate(new BigDecimal("1100.00"), new BigDecimal("1000.00")))
        .isEqualTo(new BigDecimal("1.1000"));
  }

  @Test
  void aRateWithNothingToDivideByIsAbsentNotZero() {
    PortfolioAggregates empty = new PortfolioAggregates(BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        Map.of(), 0, 0, List.of(), 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO);
    Map<Kpi, KpiValue> k = compute(empty);
    assertThat(k.get(Kpi.RECOVERY_RATE).value()).isNull();
    assertThat(k.get(Kpi.AMICABLE_CONVERSION_RATE).value()).isNull();
    assertThat(k.get(Kpi.PROMISE_KEPT_RATE).value()).isNull();
    assertThat(k.get(Kpi.AVERAGE_DAYS_TO_PAYMENT).value()).isNull();
    assertThat(k.get(Kpi.MEDIAN_DAYS_TO_PAYMENT).value()).isNull();
    assertThat(k.get(Kpi.CASES_BY_STAGE).value()).isEqualTo(0L);
    assertThat(k.get(Kpi.AMOUNT_ENTRUSTED).value()).isEqualTo(eur("0.00"));
  }

  @Test
  void daysToPaymentAreTheMeanAndTheMedianOfTheCasesPaidInFull() {
    Map<Kpi, KpiValue> k = compute(march());
    // (10 + 20 + 20 + 45) / 4 = 23.75, half up to 23.8
    assertThat(k.get(Kpi.AVERAGE_DAYS_TO_PAYMENT).value()).isEqualTo(new BigDecimal("23.8"));
    // 10, 20, 20, 45: the two middle ones are 20 and 20
    assertThat(k.get(Kpi.MEDIAN_DAYS_TO_PAYMENT).value()).isEqualTo(new BigDecimal("20.0"));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(KpiCalculator.median(days(10, 20, 30, 45))).isEqualTo(new BigDecimal("25.0"));
    assertThat(KpiCalculator.median(days(1, 2))).isEqualTo(new BigDecimal("1.5"));
    assertThat(KpiCalculator.median(days(45, 10, 20))).isEqualTo(new BigDecimal("20.0"));
    assertThat(KpiCalculator.median(days(7))).isEqualTo(new BigDecimal("7.0"));
    // 3 cases at 5 days, one at 100: the middle ones are both 5
    assertThat(KpiCalculator.median(List.of(new PortfolioAggregates.DayCount(100, 1),
        new PortfolioAggregates.DayCount(5, 3)))).isEqualTo(new BigDecimal("5.0"));
    assertThat(KpiCalculator.mean(days(1, 2))).isEqualTo(new BigDecimal("1.5"));
    // 1/3 of a day: 0.333... down to 0.3
    assertThat(KpiCalculator.mean(days(0, 0, 1))).isEqualTo(new BigDecimal("0.3"));
  }

  @Test
  void casesByStageCountEveryStageZerosIncluded() {
    KpiValue v = compute(march()).get(Kpi.CASES_BY_STAGE);
    assertThat(v.value()).isEqualTo(6L);
    assertThat(v.breakdown()).hasSize(Stage.values().length);
    assertThat(v.breakdown()).contains(new KpiValue.StageCount(Stage.AMICABLE, 2),
        new KpiValue.StageCount(Stage.CLOSED_PAID, 3), new KpiValue.StageCount(Stage.JUDICIAL, 1),
        new KpiValue.StageCount(Stage.NEW, 0));
  }

  @Test
  void everyKpiHasADefinitionInFrenchAndEnglish() {
    for (Kpi kpi : Kpi.values()) {
      assertThat(kpi.definition(java.util.Locale.FRENCH)).as(kpi.name()).isNotBlank()
          .isNotEqualTo(kpi.definition(java.util.Locale.ENGLISH));
      assertThat(kpi.label(java.util.Locale.ENGLISH)).as(kpi.name()).isNotBlank();
      assertThat(kpi.formula()).as(kpi.name()).isNotBlank();
    }
    assertThat(Kpi.PROMISE_KEPT_RATE.definition(java.util.Locale.forLanguageTag("en-GB")))
        .startsWith("Promises to pay");
    assertThat(Kpi.PROMISE_KEPT_RATE.definition(java.util.Locale.GERMAN))
        .startsWith("Promesses de paiement");
  }

  private static List<PortfolioAggregates.DayCount> days(long... values) {
    return java.util.Arrays.stream(values)
        .mapToObj(d -> new PortfolioAggregates.DayCount(d, 1)).toList();
  }
}
