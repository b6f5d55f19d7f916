package io.recova.agency.plan;

/** @param reason why the agency withdraws the plan (optional, at most 500 characters) */
public record PlanCancellation(String reason) {}
