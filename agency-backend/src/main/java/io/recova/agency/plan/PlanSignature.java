package io.recova.agency.plan;

import java.time.LocalDate;

/** @param signedOn the day the debtor signed; today when absent */
public record PlanSignature(LocalDate signedOn) {}
