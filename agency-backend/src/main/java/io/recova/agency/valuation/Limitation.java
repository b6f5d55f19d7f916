package io.recova.agency.valuation;

import io.recova.agency.valuation.ClaimNature;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The limitation date of a claim (DOMAIN D9, R2.1–R2.6): the period of its nature, counted from
 * the day the claim fell due, restarting at full length from the last interrupting event. A
 * reminder or a formal notice never moves it. The result is the last day on which the creditor can
 * still act.
 */
public final class Limitation {

  private Limitation() {}

  /** A dated event on the case. */
  public record Event(LimitationEventKind kind, LocalDate date) {}

  /** The limitation date and what it was counted from. */
  public record Result(LocalDate limitationDate, LocalDate countedFrom, Period period,
      Optional<Event> lastInterruption) {}

  /** The period of each nature: L110-4 (5 years), L218-2 (2 years), 2224 (5 years). */
  public static Period periodOf(ClaimNature nature) {
    return switch (nature) {
      case B2B, CIVIL -> Period.ofYears(5);
      case B2C -> Period.ofYears(2);
    };
  }

  /** A title from a court is enforceable for ten years (CPCE L111-4). */
  public static final Period COURT_TITLE = Period.ofYears(10);

  public static Result of(ClaimNature nature, LocalDate dueDate, List<Event> events) {
    return compute(periodOf(nature), dueDate, events);
  }

  /** Enforcement of a court title, counted from its service (Civ. 2e 5/10/2023, 20-23.523). */
  public static Result ofCourtTitle(LocalDate served, List<Event> events) {
    return compute(COURT_TITLE, served, events);
  }

  private static Result compute(Period period, LocalDate start, List<Event> events) {
    Optional<Event> last =
        events.stream()
            .filter(e -> e.kind().interrupts())
            .filter(e -> !e.date().isBefore(start))
            .max(Comparator.comparing(Event::date));
    LocalDate from = last.map(Event::date).orElse(start);
    return new Result(from.plus(period), from, period, last);
  }
}
