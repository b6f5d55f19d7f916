package io.recova.agency.casefile;

import java.time.LocalDate;

/**
 * A request to move a case.
 *
 * @param noticeDate for a move to FORMAL_NOTICE: the date of the notice (today when absent)
 */
public record TransitionCommand(Stage target, String reason, LocalDate noticeDate) {}
