package io.recova.agency.cost;

/** Why a cost is reversed: it was entered by mistake, and how. */
public record NewCostReversal(String reason) {}
