package io.recova.agency.remittance;

import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A remittance run for a period end: DRAFT while a manager checks it (preparing the same period
 * again refreshes it), then APPROVED, when its payments are written to the ledger and it is
 * fixed for good.
 */
@Entity
@Table(name = "remittance_run")
public class RemittanceRun {

  public enum Status {
    DRAFT,
    APPROVED
  }

  @Id private UUID id;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "creditor_id")
  private UUID creditorId;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "prepared_by", nullable = false)
  private String preparedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "prepared_at", nullable = false)
  private Instant preparedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "approved_at")
  private Instant approvedAt;

  @Version private long version;

  protected RemittanceRun() {}

  RemittanceRun(UUID id, LocalDate periodEnd, UUID creditorId, String preparedBy,
      Instant preparedAt) {
    this.id = id;
    this.periodEnd = periodEnd;
    this.creditorId = creditorId;
    this.status = Status.DRAFT.name();
    this.preparedBy = preparedBy;
    this.preparedAt = preparedAt;
  }

  public UUID id() {
    return id;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public Optional<UUID> creditorId() {
    return Optional.ofNullable(creditorId);
  }

  public Status status() {
    return Status.valueOf(status);
  }

  public Instant preparedAt() {
    return preparedAt;
  }

  public Optional<Instant> approvedAt() {
    return Optional.ofNullable(approvedAt);
  }

  /** Prepared again from the ledger as it stands: only a draft. */
  void preparedAgain(String by, Instant at) {
    requireDraft();
    this.preparedBy = by;
    this.preparedAt = at;
  }

  void approve(String by, Instant at) {
    requireDraft();
    this.status = Status.APPROVED.name();
    this.approvedBy = by;
    this.approvedAt = at;
  }

  private void requireDraft() {
    if (status() != Status.DRAFT) {
      throw new ConflictException("remittance.approved",
          "The remittance run " + id + " is approved: it is fixed");
    }
  }

  RemittanceRunView view(java.util.List<RemittanceLineView> lines) {
    return new RemittanceRunView(id, periodEnd, creditorId, status(), preparedBy, preparedAt,
        approvedBy, approvedAt, lines);
  }
}
