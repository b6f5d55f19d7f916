package io.recova.agency.writeoff;

import io.recova.agency.certificate.IrrecoverabilityReason;
import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A request to close a case as irrecoverable. Lifecycle: REQUESTED by agency staff with a reason
 * and evidence, then APPROVED (the case closes and a certificate is issued) or REFUSED by a
 * manager. What was asked never changes; the version makes two concurrent decisions conflict.
 */
@Entity
@Table(name = "write_off")
public class WriteOff {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "evidence_document_ids", nullable = false)
  private String evidenceDocumentIds;

  @Column(name = "note")
  private String note;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Version private long version;

  protected WriteOff() {}

  WriteOff(UUID id, UUID caseId, UUID creditorId, IrrecoverabilityReason reason, List<UUID> evidence,
      String note, String requestedBy, Instant requestedAt) {
    this.id = Objects.requireNonNull(id);
    this.caseId = Objects.requireNonNull(caseId);
    this.creditorId = Objects.requireNonNull(creditorId);
    this.reason = reason.name();
    this.evidenceDocumentIds = evidence.stream().map(UUID::toString)
        .collect(Collectors.joining(","));
    this.note = note;
    this.status = WriteOffStatus.REQUESTED.name();
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = Objects.requireNonNull(requestedAt);
  }

  void approve(String by, Instant at, String why) {
    decide(WriteOffStatus.APPROVED, by, at, why);
  }

  void refuse(String by, Instant at, String why) {
    decide(WriteOffStatus.REFUSED, by, at, why);
  }

  private void decide(WriteOffStatus outcome, String by, Instant at, String why) {
    if (status() != WriteOffStatus.REQUESTED) {
      throw new IllegalStateException("The write-off " + id + " is already " + status);
    }
    this.status = outcome.name();
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = Objects.requireNonNull(at);
    this.decisionNote = why;
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

  public IrrecoverabilityReason reason() {
    return IrrecoverabilityReason.valueOf(reason);
  }

  public String note() {
    return note;
  }

  public WriteOffStatus status() {
    return WriteOffStatus.valueOf(status);
  }

  public List<UUID> evidence() {
    return evidenceDocumentIds.isEmpty() ? List.of()
        : Arrays.stream(evidenceDocumentIds.split(",")).map(UUID::fromString).toList();
  }

  /** "W-1a2b3c4d": short enough to quote. */
  public String reference() {
    return "W-" + id.toString().substring(0, 8);
  }

  public WriteOffView view(String caseReference, String debtorName, String certificateNumber) {
    return new WriteOffView(id, reference(), caseId, caseReference, debtorName, reason(),
        evidence(), note, status(), requestedBy, requestedAt, decidedBy, decidedAt, decisionNote,
        certificateNumber);
  }
}
