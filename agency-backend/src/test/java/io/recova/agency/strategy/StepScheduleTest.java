package io.recova.agency.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.activity.ActivityKind;
import io.recova.agency.casefile.DebtorProfile;
import io.recova.agency.valuation.ClaimNature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepScheduleTest {

  private static final LocalDate DUE = LocalDate.of(2026, 10, 1);
  private static final List<StrategyStep> STEPS = List.of(
      new StrategyStep(5, StepAnchor.DUE_DATE, ActivityKind.EMAIL, "FRIENDLY_REMINDER",
          Tone.COURTEOUS),
      new StrategyStep(10, StepAnchor.PREVIOUS_STEP, ActivityKind.CALL, null, Tone.FIRM),
      new StrategyStep(15, StepAnchor.PREVIOUS_STEP, ActivityKind.LETTER, "FORMAL_NOTICE",
          Tone.FORMAL));

  @Test
  void theFirstStepComesItsDaysAfterTheDueDate() {
    assertThat(StepSchedule.next(STEPS, DUE, List.of(), LocalDate.of(2026, 10, 5))).isEmpty();
    assertThat(StepSchedule.next(STEPS, DUE, List.of(), LocalDate.of(2026, 10, 6)))
        .hasValueSatisfying(p -> {
          assertThat(p.position()).isZero();
          assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 10, 6));
        });
  }

  @Test
  void laterStepsCountFromThePreviousTaskAndComeOneAtATime() {
    LocalDate late = LocalDate.of(2027, 6, 1);
    assertThat(StepSchedule.next(STEPS, DUE, List.of(), late)).map(StepSchedule.Planned::position)
        .contains(0);
    List<LocalDate> first = List.of(late);
    assertThat(StepSchedule.next(STEPS, DUE, first, late)).isEmpty();
    assertThat(StepSchedule.next(STEPS, DUE, first, late.plusDays(10)))
        .map(StepSchedule.Planned::position).contains(1);
  }

  @Test
  void afterTheLastStepNothingMore() {
    assertThat(StepSchedule.next(STEPS, DUE, List.of(DUE, DUE, DUE), DUE.plusYears(1))).isEmpty();
  }

  @Test
  void aSegmentMatchesByNatureAmountAndProfile() {
    Segment smallB2b = new Segment(ClaimNature.B2B, null, new BigDecimal("5000"), Set.of());
    assertThat(smallB2b.matches(ClaimNature.B2B, new BigDecimal("4999.99"), DebtorProfile.UNKNOWN))
        .isTrue();
    assertThat(smallB2b.matches(ClaimNature.B2B, new BigDecimal("5000"), DebtorProfile.UNKNOWN))
        .isFalse();
    assertThat(smallB2b.matches(ClaimNature.B2C, BigDecimal.TEN, DebtorProfile.UNKNOWN)).isFalse();
    Segment negligent = new Segment(null, null, null, Set.of(DebtorProfile.NEGLIGENT));
    assertThat(negligent.matches(ClaimNature.B2C, BigDecimal.TEN, DebtorProfile.NEGLIGENT))
        .isTrue();
    assertThat(negligent.matches(ClaimNature.B2C, BigDecimal.TEN, DebtorProfile.GOOD_PAYER))
        .isFalse();
  }
}
