package io.recova.agency.judicial;

import java.time.LocalDate;

/** A step to record: what happened (or, for a hearing, is set) on which day. */
public record NewStep(JudicialStepKind kind, LocalDate date, String note) {}
