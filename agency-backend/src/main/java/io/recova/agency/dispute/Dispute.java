package io.recova.agency.dispute;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A debtor's dispute of the claim on a case, from its opening to its resolution. */
@Entity
@Table(name = "dispute")
public class Dispute {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false, updatable = false)
  private UUID creditorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, updatable = false)
  private DisputeReason reason;

  @Column(name = "details", nullable = false, updatable = false)
  private String details;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DisputeStatus status;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private String openedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "creditor_position")
  private CreditorPosition creditorPosition;

  @Column(name = "creditor_answer")
  private String creditorAnswer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "answered_at")
  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private DisputeOutcome outcome;

  @Column(name = "resolution_note")
  private String resolutionNote;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "resolved_at")
  private Instant resolvedAt;

  // Two people answering or resolving the same dispute at once: the second one is told.
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Dispute() {}

  Dispute(UUID id, UUID caseId, UUID creditorId, DisputeReason reason, String details,
      String openedBy, Instant openedAt) {
    this.id = id;
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.reason = reason;
    this.details = details;
    this.status = DisputeStatus.OPEN;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public DisputeStatus status() {
    return status;
  }

  void answer(CreditorPosition position, String comment, String by, Instant at) {
    this.creditorPosition = position;
    this.creditorAnswer = comment;
    this.answeredBy = by;
    this.answeredAt = at;
    this.status = DisputeStatus.ANSWERED;
  }

  void resolve(DisputeOutcome how, String note, String by, Instant at) {
    this.outcome = how;
    this.resolutionNote = note;
    this.resolvedBy = by;
    this.resolvedAt = at;
    this.status = DisputeStatus.RESOLVED;
  }

  DisputeView view(String caseReference, String debtorName, List<UUID> documents) {
    return new DisputeView(id, caseId, creditorId, caseReference, debtorName, reason, details,
        documents, status, openedBy, openedAt, creditorPosition, creditorAnswer, answeredBy,
        answeredAt, outcome, resolutionNote, resolvedBy, resolvedAt);
  }
}
