package io.recova.agency.activity;

/**
 * An activity a collector logs.
 *
 * @param internal true for a note the creditor must not see
 */
public record NewActivity(
    ActivityKind kind, ActivityOutcome outcome, String summary, boolean internal) {}
