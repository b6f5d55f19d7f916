package io.recova.agency.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.casefile.ContactChannel;
import io.recova.agency.casefile.Stage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contact policy of DOMAIN D4, with Paris wall-clock times. */
class ContactGuardTest {

  private static final ContactPolicy POLICY = ContactPolicy.defaults();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Monday 23 November 2026 at the given Paris time. */
  private static Instant monday(int hour, int minute) {
    return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(PARIS).toInstant();
  }

  private static Optional<String> check(ActivityKind kind, Instant at, Stage stage,
      Set<ContactChannel> optedOut, List<Instant> calls) {
    return ContactGuard.check(POLICY, kind, at, stage, optedOut, calls).map(ContactRefusal::code);
  }

  private static Optional<String> call(Instant at, List<Instant> calls) {
    return check(ActivityKind.CALL, at, Stage.AMICABLE, Set.of(), calls);
  }

  @Test
  void aCallInTheMorningWindowIsAllowed() {
    assertThat(call(monday(10, 0), List.of())).isEmpty();
    assertThat(call(monday(19, 59), List.of())).isEmpty();
  }

  @Test
  void noCallAtLunchtimeBeforeTenOrFromEightPm() {
    assertThat(call(monday(13, 30), List.of())).contains("contact.hours");
    assertThat(call(monday(9, 59), List.of())).contains("contact.hours");
    assertThat(call(monday(20, 0), List.of())).contains("contact.hours");
  }

  @Test
  void noCallAtTheWeekendButALetterMayGoOut() {
    Instant saturday = LocalDateTime.of(2026, 11, 28, 11, 0).atZone(PARIS).toInstant();
    assertThat(call(saturday, List.of())).contains("contact.day");
    assertThat(check(ActivityKind.LETTER, saturday, Stage.AMICABLE, Set.of(), List.of()))
        .isEmpty();
  }

  @Test
  void theHoursAreParisHoursWhateverTheServerClock() {
    // 09:30 UTC is 10:30 in Paris in November.
    assertThat(call(Instant.parse("2026-11-23T09:30:00Z"), List.of())).isEmpty();
  }

  @Test
  void oneCallPerDebtorPerDay() {
    assertThat(call(monday(15, 0), List.of(monday(10, 5)))).contains("contact.callsPerDay");
    Instant sunday = LocalDateTime.of(2026, 11, 22, 19, 0).atZone(PARIS).toInstant();
    assertThat(call(monday(15, 0), List.of(sunday))).isEmpty();
  }

  @Test
  void sevenCallAttemptsInSevenDaysAtMost() {
    ContactPolicy generous = ContactPolicy.parse("MON-SUN", "00:00-24:00", "Europe/Paris", 3, 7);
    Instant now = monday(12, 0);
    List<Instant> seven = List.of(now.minusSeconds(3600 * 24), now.minusSeconds(3600 * 25),
        now.minusSeconds(3600 * 48), now.minusSeconds(3600 * 49), now.minusSeconds(3600 * 72),
        now.minusSeconds(3600 * 73), now.minusSeconds(3600 * 96));
    assertThat(ContactGuard.check(generous, ActivityKind.CALL, now, Stage.AMICABLE, Set.of(),
        seven)).map(ContactRefusal::code).contains("contact.callsPerWeek");
    assertThat(ContactGuard.check(generous, ActivityKind.CALL, now.plusSeconds(3600 * 24 * 4),
        Stage.AMICABLE, Set.of(), seven)).isEmpty();
  }

  @Test
  void noContactOnADisputedOrSuspendedCaseButANoteIsFine() {
    assertThat(check(ActivityKind.EMAIL, monday(11, 0), Stage.DISPUTED, Set.of(), List.of()))
        .contains("contact.suspended");
    assertThat(check(ActivityKind.CALL, monday(11, 0), Stage.ON_HOLD, Set.of(), List.of()))
        .contains("contact.suspended");
    assertThat(check(ActivityKind.NOTE, monday(23, 0), Stage.DISPUTED, Set.of(), List.of()))
        .isEmpty();
  }

  @Test
  void aRefusedChannelIsNeverUsed() {
    assertThat(check(ActivityKind.SMS, monday(11, 0), Stage.AMICABLE, Set.of(ContactChannel.SMS),
        List.of())).contains("contact.optedOut");
    assertThat(check(ActivityKind.CALL, monday(11, 0), Stage.AMICABLE, Set.of(ContactChannel.SMS),
        List.of())).isEmpty();
  }

  @Test
  void theRefusalSaysWhy() {
    ContactRefusal r = ContactGuard.check(POLICY, ActivityKind.CALL, monday(15, 0),
        Stage.AMICABLE, Set.of(), List.of(monday(10, 5))).orElseThrow();
    assertThat(r.reason()).contains("already called 1 time(s) today", "allows 1 a day");
  }

  @Test
  void aPolicyIsReadFromConfiguration() {
    ContactPolicy p = ContactPolicy.parse("MON-WED,SAT", "9:00-12:00", "Europe/Paris", 2, 5);
    assertThat(p.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
    assertThat(p.windows()).hasSize(1);
    assertThatThrownBy(() -> ContactPolicy.parse("MOON", "9:00-12:00", "Europe/Paris", 1, 7))
        .hasMessageContaining("MOON");
  }
}
