package io.recova.agency.judicial;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Computes the deadlines that follow from the dated steps of a judicial track. */
public final class ProceduralCalendar {

  /** A step as recorded: its kind and the day it happened (the act's date, not its entry). */
  public record Step(JudicialStepKind kind, LocalDate date) {}

  private ProceduralCalendar() {}

  /**
   * Every deadline the steps start, soonest first. A deadline is dropped once the step it leads
   * to is recorded: serving the order ends the six months to serve it, notifying the attachment
   * ends the eight days to notify it.
   */
  public static List<Deadline> deadlines(List<Step> steps) {
    return steps.stream()
        .flatMap(step -> step.kind().deadlines().stream()
            .filter(kind -> !metBy(kind, step, steps))
            .map(kind -> new Deadline(kind, step.kind(), step.date(),
                kind.period().lastDay(step.date()))))
        .sorted(Comparator.comparing(Deadline::lastDay).thenComparing(Deadline::kind))
        .toList();
  }

  private static boolean metBy(DeadlineKind kind, Step from, List<Step> steps) {
    // R511-7 asks for any proceedings towards a title: a summons or a request for an order.
    Set<JudicialStepKind> meeting = switch (kind) {
      case SERVE_PAYMENT_ORDER -> EnumSet.of(JudicialStepKind.PAYMENT_ORDER_SERVED);
      case NOTIFY_ATTACHMENT -> EnumSet.of(JudicialStepKind.ATTACHMENT_NOTIFIED);
      case START_MERITS_PROCEEDINGS -> EnumSet.of(JudicialStepKind.SUMMONS_SERVED,
          JudicialStepKind.PAYMENT_ORDER_FILED);
      default -> EnumSet.noneOf(JudicialStepKind.class);
    };
    return steps.stream()
        .anyMatch(s -> meeting.contains(s.kind()) && !s.date().isBefore(from.date()));
  }
}
