package io.recova.agency.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dossier as a creditor entrusts it: one debtor and the claims against it.
 *
 * @param creditorId the creditor; a client user's own creditor is used when absent
 * @param externalReference the creditor's own reference of the dossier; intake is idempotent on it
 * @param formalNoticeDate the date of a formal notice the creditor already sent, if any
 */
public record NewCase(
    UUID creditorId,
    String externalReference,
    NewDebtor debtor,
    List<NewClaim> claims,
    LocalDate formalNoticeDate) {}
