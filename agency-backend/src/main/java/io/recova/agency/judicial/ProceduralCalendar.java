package io.recova.agency.judicial;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Computes the deadlines that follow from the dated steps of a judicial track. */
public final class ProceduralCalendar {

  /** A step as recorded: its kind and the day it happened (the act's date, not its entry). */
  public record Step(JudicialStepKind kind, LocalDate date) {}

  private ProceduralCalendar() {}

  /**
   * Every deadline the steps start, soonest first. A deadline is dropped once a step that ends it
   * is recorded: serving the order ends the six months to serve it, an opposition or the order
   * declared enforceable ends the opposition month.
   */
  public static List<Deadline> deadlines(List<Step> steps) {
    return steps.stream()
        .flatMap(step -> step.kind().deadlines().stream()
            .filter(kind -> !metBy(kind, step, steps))
            .map(kind -> new Deadline(kind, step.kind(), step.date(),
                kind.lastDay(step.date()))))
        .sorted(Comparator.comparing(Deadline::lastDay).thenComparing(Deadline::kind))
        .toList();
  }

  /**
   * A step ends the deadline when it comes on or after the step that started it; a step of the
   * same kind only when it comes later (a hearing set again ends the earlier one, not itself).
   */
  private static boolean metBy(DeadlineKind kind, Step from, List<Step> steps) {
    return steps.stream()
        .anyMatch(s -> kind.endedBy().contains(s.kind())
            && (s.date().isAfter(from.date())
                || (s.date().isEqual(from.date()) && s.kind() != from.kind())));
  }
}
