package io.recova.agency.casefile;

import java.time.LocalDate;

/**
 * A dated event with legal effect recorded on a case: a formal notice, an acknowledgement of the
 * debt, a court claim, a judgment and its service, an enforcement act.
 */
public record LegalEventCommand(CaseEventKind kind, LocalDate date, String note) {}
