package io.recova.agency.judicial;

import java.time.LocalDate;

/**
 * A step to record: what happened (or, for a hearing, is set) on which day.
 *
 * @param award what a judgment awards; only on a JUDGMENT, optional there
 */
public record NewStep(JudicialStepKind kind, LocalDate date, String note, JudgmentAward award) {}
