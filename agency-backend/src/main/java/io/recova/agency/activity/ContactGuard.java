package io.recova.agency.activity;

import io.recova.agency.casefile.ContactChannel;
import io.recova.agency.casefile.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a contact with a debtor may happen: never on a suspended or closed case, never
 * through a channel the debtor refused, only within the policy's days and hours for calls, SMS and
 * visits, and never more calls than the policy allows per day and per seven days. A note is
 * always allowed: it reaches nobody.
 */
public final class ContactGuard {

  private ContactGuard() {}

  /**
   * @param callsBefore the times of the calls already made to this debtor (any case)
   */
  public static Optional<ContactRefusal> check(ContactPolicy policy, ActivityKind kind,
      Instant at, Stage stage, Set<ContactChannel> optedOut, List<Instant> callsBefore) {
    if (kind == ActivityKind.NOTE) {
      return Optional.empty();
    }
    if (stage.isSuspended()) {
      return refuse("contact.suspended", "The case is " + stage
          + ": the debtor may not be contacted until it resumes");
    }
    if (stage.isClosed()) {
      return refuse("contact.closed", "The case is closed (" + stage + ")");
    }
    ContactChannel channel = kind.channel().orElseThrow();
    if (optedOut.contains(channel)) {
      return refuse("contact.optedOut", "The debtor refused contact by " + channel);
    }
    ZonedDateTime local = at.atZone(policy.zone());
    if (kind.needsContactHours()) {
      if (!policy.days().contains(local.getDayOfWeek())) {
        return refuse("contact.day", "No " + kind + " on " + local.getDayOfWeek()
            + ": contact days are " + policy.days());
      }
      if (policy.windows().stream().noneMatch(w -> w.contains(local.toLocalTime()))) {
        return refuse("contact.hours", "No " + kind + " at " + local.toLocalTime().withNano(0)
            + " (" + policy.zone() + "): contact hours are " + policy.windows());
      }
    }
    if (kind == ActivityKind.CALL) {
      long today = callsBefore.stream()
          .filter(c -> c.atZone(policy.zone()).toLocalDate().equals(local.toLocalDate()))
          .count();
      if (today >= policy.callsPerDay()) {
        return refuse("contact.callsPerDay", "The debtor was already called " + today
            + " time(s) today; the policy allows " + policy.callsPerDay() + " a day");
      }
      Instant weekAgo = at.minus(Duration.ofDays(7));
      long week = callsBefore.stream().filter(c -> c.isAfter(weekAgo) && !c.isAfter(at)).count();
      if (week >= policy.callsPerWeek()) {
        return refuse("contact.callsPerWeek", "The debtor was called " + week
            + " time(s) in the last seven days; the policy allows " + policy.callsPerWeek());
      }
    }
    return Optional.empty();
  }

  private static Optional<ContactRefusal> refuse(String code, String reason) {
    return Optional.of(new ContactRefusal(code, reason));
  }
}
