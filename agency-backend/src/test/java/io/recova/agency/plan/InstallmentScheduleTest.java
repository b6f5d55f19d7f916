package io.recova.agency.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallmentScheduleTest {

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void athousandInThreeLeavesTheCentOnTheLastInstallment() {
    List<Installment> plan = InstallmentSchedule.split(eur("1000.00"), 3,
        LocalDate.of(2026, 12, 5), PlanFrequency.MONTHLY);

    assertThat(plan).extracting(Installment::amount)
        .containsExactly(eur("333.33"), eur("333.33"), eur("333.34"));
    assertThat(plan).extracting(Installment::seq).containsExactly(1, 2, 3);
    assertThat(plan).extracting(Installment::dueDate).containsExactly(
        LocalDate.of(2026, 12, 5), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 5));
  }

  @Test
  void eachInstallmentIsRoundedDownNotHalfUp() {
    // 100.00 / 6 = 16.666…: half up would give 16.67 × 5 and 16.65 last; down gives 16.66 × 5
    // and 16.70 last.
    List<Installment> plan = InstallmentSchedule.split(eur("100.00"), 6,
        LocalDate.of(2026, 12, 1), PlanFrequency.WEEKLY);

    assertThat(plan).extracting(Installment::amount).containsExactly(eur("16.66"), eur("16.66"),
        eur("16.66"), eur("16.66"), eur("16.66"), eur("16.70"));
  }

  @Test
  void theInstallmentsAlwaysAddUpToTheTotal() {
    Money total = eur("12345.67");
    for (int n = InstallmentSchedule.MIN_INSTALLMENTS; n <= InstallmentSchedule.MAX_INSTALLMENTS;
        n++) {
      List<Installment> plan = InstallmentSchedule.split(total, n, LocalDate.of(2027, 1, 1),
          PlanFrequency.MONTHLY);
      assertThat(plan).hasSize(n);
      assertThat(plan.stream().map(Installment::amount).reduce(Money::plus).orElseThrow())
          .as("%d installments", n).isEqualTo(total);
      assertThat(plan.get(n - 1).amount()).isGreaterThanOrEqualTo(plan.get(0).amount());
    }
  }

  @Test
  void anEvenSplitHasNoRemainder() {
    assertThat(InstallmentSchedule.split(eur("900.00"), 3, LocalDate.of(2027, 1, 1),
        PlanFrequency.MONTHLY)).extracting(Installment::amount)
        .containsOnly(eur("300.00"));
  }

  @Test
  void monthlyKeepsTheDayOfMonthClampedToTheMonthsEnd() {
    List<Installment> plan = InstallmentSchedule.split(eur("400.00"), 4,
        LocalDate.of(2027, 1, 31), PlanFrequency.MONTHLY);

    assertThat(plan).extracting(Installment::dueDate).containsExactly(
        LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
        LocalDate.of(2027, 4, 30));
  }

  @Test
  void inALeapYearFebruaryEndsOnThe29th() {
    assertThat(InstallmentSchedule.split(eur("300.00"), 3, LocalDate.of(2028, 1, 31),
        PlanFrequency.MONTHLY)).extracting(Installment::dueDate).containsExactly(
        LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
  }

  @Test
  void weeklyFallsDueEverySevenDaysAcrossTheYearEnd() {
    assertThat(InstallmentSchedule.split(eur("250.00"), 3, LocalDate.of(2026, 12, 24),
        PlanFrequency.WEEKLY)).extracting(Installment::dueDate).containsExactly(
        LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 7));
  }

  @Test
  void theCountIsBetweenTwoAndSixty() {
    LocalDate first = LocalDate.of(2027, 1, 1);
    assertThatThrownBy(() -> InstallmentSchedule.split(eur("100.00"), 1, first,
        PlanFrequency.MONTHLY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A plan has between 2 and 60 installments, not 1");
    assertThatThrownBy(() -> InstallmentSchedule.split(eur("100.00"), 61, first,
        PlanFrequency.MONTHLY)).hasMessage("A plan has between 2 and 60 installments, not 61");
    assertThat(InstallmentSchedule.split(eur("100.00"), 60, first, PlanFrequency.MONTHLY)
        .get(59).dueDate()).isEqualTo(LocalDate.of(2031, 12, 1));
  }

  @Test
  void theTotalIsAboveZeroAndCoversACentAnInstallment() {
    LocalDate first = LocalDate.of(2027, 1, 1);
    assertThatThrownBy(() -> InstallmentSchedule.split(eur("0.00"), 3, first,
        PlanFrequency.MONTHLY)).hasMessage("A plan's total is above zero, not 0.00 EUR");
    assertThatThrownBy(() -> InstallmentSchedule.split(eur("-10.00"), 3, first,
        PlanFrequency.MONTHLY)).hasMessage("A plan's total is above zero, not -10.00 EUR");
    assertThatThrownBy(() -> InstallmentSchedule.split(eur("0.02"), 3, first,
        PlanFrequency.MONTHLY))
        .hasMessage("A total of 0.02 EUR is too small to split into 3 installments");
    assertThat(InstallmentSchedule.split(eur("0.03"), 3, first, PlanFrequency.MONTHLY))
        .extracting(Installment::amount).containsOnly(eur("0.01"));
  }
}
