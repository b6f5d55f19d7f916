package io.recova.agency.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the audit trail keeps of a case before and after a change. */
public record CaseAuditState(
    UUID creditorId,
    String externalReference,
    UUID debtorId,
    Stage stage,
    Stage suspendedFrom,
    String assignedCollector,
    LocalDate formalNoticeDate,
    LocalDate judgmentDate,
    LocalDate judgmentServedOn,
    LocalDate limitationDate,
    List<ClaimView> claims) {

  static CaseAuditState of(CaseFile f) {
    return new CaseAuditState(f.creditorId(), f.externalReference(), f.debtor().id(), f.stage(),
        f.suspendedFrom().orElse(null), f.assignedCollector().orElse(null),
        f.formalNoticeDate().orElse(null), f.judgmentDate().orElse(null),
        f.judgmentServedOn().orElse(null), f.limitationDate(),
        f.claims().stream().map(Claim::view).toList());
  }
}
