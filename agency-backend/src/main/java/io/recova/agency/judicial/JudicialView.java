package io.recova.agency.judicial;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The judicial tab of a case: the route Recova suggests today, and each proceeding with its steps
 * and the deadlines that follow from them.
 */
public record JudicialView(UUID caseId, RouteSuggestion suggestion,
    List<ProceedingView> proceedings) {

  public record ProceedingView(UUID id, JudicialRoute route, Forum forum, String courtName,
      String lawyer, String commissaire, JudicialRoute suggestedRoute, LocalDate openedOn,
      String openedBy, List<StepView> steps, List<DeadlineView> deadlines) {}

  /** @param award what a judgment awards, or null */
  public record StepView(UUID id, JudicialStepKind kind, LocalDate date, String note,
      Instant recordedAt, String recordedBy, AwardView award) {}

  /** A judgment's award; each part null when the judgment did not fix it. */
  public record AwardView(Money principal, Money interest, Money costs, Money article700) {}

  /** A deadline with its source; {@code missed} only for an act the agency had to do. */
  public record DeadlineView(DeadlineKind kind, JudicialStepKind from, LocalDate stepDate,
      LocalDate lastDay, String source, boolean agencyMustAct, boolean missed) {

    static DeadlineView of(Deadline d, LocalDate today) {
      return new DeadlineView(d.kind(), d.from(), d.stepDate(), d.lastDay(), d.kind().source(),
          d.kind().agencyMustAct(), d.missedOn(today));
    }
  }
}
