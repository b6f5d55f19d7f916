package io.recova.agency.judicial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.judicial.ProceduralCalendar.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProceduralCalendarTest {

  @Test
  void aMonthFromTheThirtyFirstEndsOnTheMonthsLastDayThenRunsPastTheWeekend() {
    // 31 Jan 2026 + 1 month: no 31 February, so 28 February (CPC 641), a Saturday: Monday 2 March.
    assertThat(ProceduralPeriod.months(1).lastDay(LocalDate.of(2026, 1, 31)))
        .isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aPeriodEndingOnAHolidayRunsToTheNextWorkingDay() {
    // 14 April + 1 month = Ascension Thursday 14 May 2026: Friday 15 May (CPC 642).
    assertThat(ProceduralPeriod.months(1).lastDay(LocalDate.of(2026, 4, 14)))
        .isEqualTo(LocalDate.of(2026, 5, 15));
    // 17 Dec + 8 days = Christmas, a Friday, then a weekend: Monday 28 December.
    assertThat(ProceduralPeriod.days(8).lastDay(LocalDate.of(2026, 12, 17)))
        .isEqualTo(LocalDate.of(2026, 12, 28));
    // 15 Feb + 6 months = 15 August, a Saturday and a holiday: Monday 17 August.
    assertThat(ProceduralPeriod.months(6).lastDay(LocalDate.of(2026, 2, 15)))
        .isEqualTo(LocalDate.of(2026, 8, 17));
  }

  @Test
  void theDayOfTheActDoesNotCount() {
    // Served Tuesday 10 March: the month ends Friday 10 April, not the 9th.
    assertThat(ProceduralPeriod.months(1).lastDay(LocalDate.of(2026, 3, 10)))
        .isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(ProceduralPeriod.days(8).lastDay(LocalDate.of(2026, 3, 10)))
        .isEqualTo(LocalDate.of(2026, 3, 18));
  }

  @Test
  void anOrderIssuedMustBeServedWithinSixMonthsAndOnceServedTheOppositionMonthRuns() {
    List<Deadline> issued = ProceduralCalendar.deadlines(List.of(
        new Step(JudicialStepKind.PAYMENT_ORDER_FILED, LocalDate.of(2026, 1, 5)),
        new Step(JudicialStepKind.PAYMENT_ORDER_ISSUED, LocalDate.of(2026, 2, 14))));
    assertThat(issued).extracting(Deadline::kind, Deadline::lastDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineKind.SERVE_PAYMENT_ORDER,
            LocalDate.of(2026, 8, 14)));
    assertThat(issued.get(0).missedOn(LocalDate.of(2026, 8, 14))).isFalse();
    assertThat(issued.get(0).missedOn(LocalDate.of(2026, 8, 15))).isTrue();

    List<Deadline> served = ProceduralCalendar.deadlines(List.of(
        new Step(JudicialStepKind.PAYMENT_ORDER_ISSUED, LocalDate.of(2026, 2, 14)),
        new Step(JudicialStepKind.PAYMENT_ORDER_SERVED, LocalDate.of(2026, 3, 10))));
    assertThat(served).extracting(Deadline::kind, Deadline::lastDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineKind.OPPOSITION_PERIOD,
            LocalDate.of(2026, 4, 10)));
    assertThat(served.get(0).missedOn(LocalDate.of(2026, 5, 1)))
        .as("a period the agency waits out is never missed").isFalse();
  }

  @Test
  void anAttachmentIsNotifiedWithinEightDaysThenTheChallengeMonthRunsFromTheNotice() {
    List<Deadline> made = ProceduralCalendar.deadlines(List.of(
        new Step(JudicialStepKind.BANK_ATTACHMENT, LocalDate.of(2026, 12, 17))));
    assertThat(made).extracting(Deadline::kind, Deadline::lastDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineKind.NOTIFY_ATTACHMENT,
            LocalDate.of(2026, 12, 28)));

    List<Deadline> notified = ProceduralCalendar.deadlines(List.of(
        new Step(JudicialStepKind.BANK_ATTACHMENT, LocalDate.of(2026, 12, 17)),
        new Step(JudicialStepKind.ATTACHMENT_NOTIFIED, LocalDate.of(2026, 12, 21))));
    assertThat(notified).extracting(Deadline::kind, Deadline::lastDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            DeadlineKind.ATTACHMENT_CHALLENGE_PERIOD, LocalDate.of(2027, 1, 21)));
  }

  @Test
  void aProtectiveAttachmentNeedsProceedingsWithinAMonthAndARequestForAnOrderCounts() {
    List<Step> attached = List.of(
        new Step(JudicialStepKind.PROTECTIVE_ATTACHMENT, LocalDate.of(2026, 3, 10)));
    assertThat(ProceduralCalendar.deadlines(attached)).extracting(Deadline::kind)
        .containsExactly(DeadlineKind.START_MERITS_PROCEEDINGS);
    assertThat(ProceduralCalendar.deadlines(List.of(attached.get(0),
        new Step(JudicialStepKind.PAYMENT_ORDER_FILED, LocalDate.of(2026, 3, 20))))).isEmpty();
  }

  @Test
  void deadlinesComeSoonestFirst() {
    List<Deadline> all = ProceduralCalendar.deadlines(List.of(
        new Step(JudicialStepKind.JUDGMENT_SERVED, LocalDate.of(2026, 6, 1)),
        new Step(JudicialStepKind.PROTECTIVE_ATTACHMENT, LocalDate.of(2026, 5, 4))));
    assertThat(all).extracting(Deadline::kind).containsExactly(
        DeadlineKind.START_MERITS_PROCEEDINGS, DeadlineKind.APPEAL_PERIOD);
  }

  @Test
  void aHearingIsADateToAttendUntilTheJudgmentOrAnAdjournmentReplacesIt() {
    Step hearing = new Step(JudicialStepKind.HEARING, LocalDate.of(2027, 2, 9));
    assertThat(ProceduralCalendar.deadlines(List.of(hearing)))
        .extracting(Deadline::kind, Deadline::lastDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineKind.ATTEND_HEARING,
            LocalDate.of(2027, 2, 9)));

    Step adjourned = new Step(JudicialStepKind.HEARING, LocalDate.of(2027, 3, 16));
    assertThat(ProceduralCalendar.deadlines(List.of(hearing, adjourned)))
        .as("the adjournment's hearing replaces the first one")
        .extracting(Deadline::kind, Deadline::lastDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineKind.ATTEND_HEARING,
            LocalDate.of(2027, 3, 16)));

    assertThat(ProceduralCalendar.deadlines(List.of(hearing, adjourned,
        new Step(JudicialStepKind.JUDGMENT, LocalDate.of(2027, 3, 16)))))
        .as("judgment given at the hearing").isEmpty();
  }

  @Test
  void aPeriodIsPositive() {
    assertThatThrownBy(() -> ProceduralPeriod.days(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
