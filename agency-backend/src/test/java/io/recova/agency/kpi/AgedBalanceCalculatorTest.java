package io.recova.agency.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ageing buckets at their edges, and the totals of a few claims grouped by days past due. */
class AgedBalanceCalculatorTest {

  private static AgedBalanceCalculator.AgeRow row(long days, long claims, String unpaid) {
    return new AgedBalanceCalculator.AgeRow(days, claims, new BigDecimal(unpaid));
  }

  @Test
  void bucketsSplitAtTheirEdgesByDaysPastDue() {
    assertThat(AgeBucket.of(-400)).isEqualTo(AgeBucket.NOT_DUE);
    assertThat(AgeBucket.of(-1)).isEqualTo(AgeBucket.NOT_DUE);
    assertThat(AgeBucket.of(0)).isEqualTo(AgeBucket.DAYS_0_30);
    assertThat(AgeBucket.of(30)).isEqualTo(AgeBucket.DAYS_0_30);
    assertThat(AgeBucket.of(31)).isEqualTo(AgeBucket.DAYS_31_60);
    assertThat(AgeBucket.of(60)).isEqualTo(AgeBucket.DAYS_31_60);
    assertThat(AgeBucket.of(61)).isEqualTo(AgeBucket.DAYS_61_90);
    assertThat(AgeBucket.of(90)).isEqualTo(AgeBucket.DAYS_61_90);
    assertThat(AgeBucket.of(91)).isEqualTo(AgeBucket.OVER_90);
    assertThat(AgeBucket.of(3650)).isEqualTo(AgeBucket.OVER_90);
  }

  @Test
  void claimsAreCountedAndSummedPerBucketEmptyBucketsIncluded() {
    List<AgedBalanceCalculator.BucketTotal> totals = AgedBalanceCalculator.compute(List.of(
        row(-5, 2, "300.00"), row(0, 1, "100.00"), row(30, 1, "50.00"), row(31, 1, "60.00"),
        row(60, 1, "70.00"), row(91, 2, "200.00"), row(400, 1, "10.50")),
        Currency.getInstance("EUR"));

    assertThat(totals).containsExactly(
        new AgedBalanceCalculator.BucketTotal(AgeBucket.NOT_DUE, 2, Money.of("300.00", "EUR")),
        new AgedBalanceCalculator.BucketTotal(AgeBucket.DAYS_0_30, 2, Money.of("150.00", "EUR")),
        new AgedBalanceCalculator.BucketTotal(AgeBucket.DAYS_31_60, 2, Money.of("130.00", "EUR")),
        new AgedBalanceCalculator.BucketTotal(AgeBucket.DAYS_61_90, 0, Money.of("0.00", "EUR")),
        new AgedBalanceCalculator.BucketTotal(AgeBucket.OVER_90, 3, Money.of("210.50", "EUR")));
  }
}
