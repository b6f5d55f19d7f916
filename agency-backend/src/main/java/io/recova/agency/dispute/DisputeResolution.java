package io.recova.agency.dispute;

/** How the agency closes a dispute, and why. */
public record DisputeResolution(DisputeOutcome outcome, String note) {}
