package io.recova.agency.casefile;

import io.recova.agency.valuation.CaseBalance;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A whole dossier: what the portal and the console show when a case is opened. */
public record CaseDetail(
    CaseSummary summary,
    Stage suspendedFrom,
    LocalDate formalNoticeDate,
    LocalDate judgmentDate,
    LocalDate judgmentServedOn,
    DebtorView debtor,
    List<ClaimView> claims,
    CaseBalance balance,
    List<DocumentView> documents,
    List<TimelineEntry> timeline,
    Set<Stage> nextStages) {}
