package io.recova.agency.ledger;

import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A movement as written in the ledger, with what it records and who wrote it. Never changed once
 * written: no setter, no version, and the database refuses updates and deletes.
 */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

  @Id private UUID id;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "source_type", nullable = false)
  private String sourceType;

  @Column(name = "source_id", nullable = false)
  private UUID sourceId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "reverses_id")
  private UUID reversesId;

  @Column(name = "value_date", nullable = false)
  private LocalDate valueDate;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "description", nullable = false)
  private String description;

  protected LedgerTransaction() {}

  LedgerTransaction(UUID id, Movement movement, LedgerSource source, UUID caseId,
      UUID reversesId, Instant recordedAt, String recordedBy) {
    this.id = id;
    this.kind = movement.kind().name();
    this.creditorId = movement.creditorId();
    this.caseId = caseId;
    this.sourceType = source.type();
    this.sourceId = source.id();
    this.reversesId = reversesId;
    this.valueDate = movement.valueDate();
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    String d = movement.description();
    this.description = d.length() <= 500 ? d : d.substring(0, 499) + "…";
  }

  public UUID id() {
    return id;
  }

  public TransactionKind kind() {
    return TransactionKind.valueOf(kind);
  }

  public UUID creditorId() {
    return creditorId;
  }

  public Optional<UUID> caseId() {
    return Optional.ofNullable(caseId);
  }

  public LedgerSource source() {
    return new LedgerSource(sourceType, sourceId);
  }

  public Optional<UUID> reversesId() {
    return Optional.ofNullable(reversesId);
  }

  public LocalDate valueDate() {
    return valueDate;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String description() {
    return description;
  }
}
