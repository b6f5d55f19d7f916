package io.recova.agency.settlement;

/** What an approver says with an approval or a refusal. */
public record Decision(String note) {}
