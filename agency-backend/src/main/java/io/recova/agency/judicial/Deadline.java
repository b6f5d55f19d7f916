package io.recova.agency.judicial;

import java.time.LocalDate;

/**
 * A deadline computed from a step: {@code lastDay} is the last day on which the act can be done
 * (or the period ends).
 */
public record Deadline(DeadlineKind kind, JudicialStepKind from, LocalDate stepDate,
    LocalDate lastDay) {

  /** Whether a deadline the agency must meet is missed on {@code today}. */
  public boolean missedOn(LocalDate today) {
    return kind.agencyMustAct() && today.isAfter(lastDay);
  }
}
