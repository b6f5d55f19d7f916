package io.recova.agency.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of DOMAIN.md (R1.1, R1.3, R1.4) and the conventions D1 and D2. */
class LateInterestTest {

  private static final LocalDate H1_2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate H2_2025 = LocalDate.of(2025, 7, 1);
  private static final LocalDate H1_2026 = LocalDate.of(2026, 1, 1);

  /** B2B default rate, ECB refi + 10 points (L441-10). */
  private static final RateSchedule B2B =
      RateSchedule.of(Map.of(H1_2025, new BigDecimal("13.15"), H2_2025, new BigDecimal("12.15")));

  /** Legal interest rate, "other creditors" column. */
  private static final RateSchedule LEGAL =
      RateSchedule.of(Map.of(H2_2025, new BigDecimal("2.76"), H1_2026, new BigDecimal("2.62")));

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void b2bLatePenaltiesAreSplitAtTheHalfYear() {
    LateInterest.Result result =
        LateInterest.compute(eur("10000.00"), LocalDate.of(2025, 3, 15),
            LocalDate.of(2025, 9, 15), B2B, List.of(), DayCount.ACTUAL_365);

    assertThat(result.periods()).hasSize(2);
    InterestPeriod first = result.periods().get(0);
    assertThat(first.from()).isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(first.days()).isEqualTo(107);
    assertThat(first.annualPercent()).isEqualByComparingTo("13.15");
    assertThat(first.interest()).isEqualTo(eur("385.49"));
    InterestPeriod second = result.periods().get(1);
    assertThat(second.days()).isEqualTo(77);
    assertThat(second.interest()).isEqualTo(eur("256.32"));
    assertThat(result.total()).isEqualTo(eur("641.81"));
  }

  @Test
  void legalInterestRunsFromTheFormalNotice() {
    LateInterest.Result result =
        LateInterest.compute(eur("2000.00"), LocalDate.of(2025, 10, 1),
            LocalDate.of(2026, 3, 31), LEGAL, List.of(), DayCount.ACTUAL_365);

    assertThat(result.periods()).extracting(InterestPeriod::days).containsExactly(91L, 90L);
    assertThat(result.periods()).extracting(InterestPeriod::interest)
        .containsExactly(eur("13.76"), eur("12.92"));
    assertThat(result.total()).isEqualTo(eur("26.68"));
  }

  /**
   * R1.4: +5 points from two months after service of the judgment. Rounding each period (D1) gives
   * 21.18 + 116.91 = 138.09; DOMAIN.md's example gives 138.08, which is the unrounded sum
   * (138.0849) rounded once. D1 is the stated convention, so Recova follows it.
   */
  @Test
  void theFivePointIncreaseStartsTwoMonthsAfterServiceOfTheJudgment() {
    LocalDate served = LocalDate.of(2026, 1, 10);
    RateSchedule rates =
        RateSchedule.constant(H1_2026, new BigDecimal("2.62"))
            .increasedFrom(served.plusMonths(2).plusDays(1), new BigDecimal("5"));

    LateInterest.Result result =
        LateInterest.compute(eur("5000.00"), served, LocalDate.of(2026, 6, 30), rates,
            List.of(), DayCount.ACTUAL_365);

    assertThat(result.periods()).extracting(InterestPeriod::days).containsExactly(59L, 112L);
    assertThat(result.periods()).extracting(InterestPeriod::annualPercent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2.62"), new BigDecimal("7.62"));
    assertThat(result.periods()).extracting(InterestPeriod::interest)
        .containsExactly(eur("21.18"), eur("116.91"));
    assertThat(result.total()).isEqualTo(eur("138.09"));
  }

  @Test
  void aPartPaymentReducesTheBaseFromItsValueDate() {
    LateInterest.Result result =
        LateInterest.compute(eur("10000.00"), LocalDate.of(2025, 3, 15),
            LocalDate.of(2025, 4, 30), B2B,
            List.of(new LateInterest.Reduction(LocalDate.of(2025, 4, 1), eur("4000.00"))),
            DayCount.ACTUAL_365);

    assertThat(result.periods()).hasSize(2);
    assertThat(result.periods().get(0).to()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(result.periods().get(0).base()).isEqualTo(eur("10000.00"));
    assertThat(result.periods().get(1).from()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(result.periods().get(1).base()).isEqualTo(eur("6000.00"));
    // 10000 x 13.15% x 16/365 = 57.64; 6000 x 13.15% x 30/365 = 64.85
    assertThat(result.total()).isEqualTo(eur("122.49"));
  }

  @Test
  void nothingRunsBeforeTheDayAfterTheTrigger() {
    LateInterest.Result result =
        LateInterest.compute(eur("100.00"), LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 15),
            B2B, List.of(), DayCount.ACTUAL_365);

    assertThat(result.periods()).isEmpty();
    assertThat(result.total()).isEqualTo(eur("0.00"));
  }

  @Test
  void actualActualUsesTheDaysOfALeapYear() {
    RateSchedule tenPercent = RateSchedule.constant(LocalDate.of(2024, 1, 1), BigDecimal.TEN);

    LateInterest.Result result =
        LateInterest.compute(eur("3660.00"), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 9),
            tenPercent, List.of(), DayCount.ACTUAL_ACTUAL);

    // 3660 x 10% x 9/366 = 9.00 exactly
    assertThat(result.total()).isEqualTo(eur("9.00"));
  }

  @Test
  void aMissingRateIsSaidNotGuessed() {
    assertThatThrownBy(
            () ->
                LateInterest.compute(eur("100.00"), LocalDate.of(2024, 12, 1),
                    LocalDate.of(2025, 1, 31), B2B, List.of(), DayCount.ACTUAL_365))
        .isInstanceOf(MissingRateException.class)
        .hasMessageContaining("2024-12-02");
  }
}
