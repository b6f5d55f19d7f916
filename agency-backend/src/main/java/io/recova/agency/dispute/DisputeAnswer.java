package io.recova.agency.dispute;

/** The creditor's answer: its position and what it says. */
public record DisputeAnswer(CreditorPosition position, String comment) {}
