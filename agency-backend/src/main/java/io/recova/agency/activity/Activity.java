package io.recova.agency.activity;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing a collector did on a case, as it happened; never changed afterwards. */
@Entity
@Table(name = "activity")
public class Activity {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "debtor_id", nullable = false)
  private UUID debtorId;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "outcome", nullable = false)
  private String outcome;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "author", nullable = false)
  private String author;

  @Column(name = "summary")
  private String summary;

  @Column(name = "private", nullable = false)
  private boolean internal;

  protected Activity() {}

  Activity(UUID id, UUID caseId, UUID debtorId, ActivityKind kind, ActivityOutcome outcome,
      Instant occurredAt, String author, String summary, boolean internal) {
    this.id = id;
    this.caseId = caseId;
    this.debtorId = debtorId;
    this.kind = kind.name();
    this.outcome = outcome.name();
    this.occurredAt = occurredAt;
    this.author = author;
    this.summary = summary;
    this.internal = internal;
  }

  public ActivityView view() {
    return new ActivityView(id, caseId, ActivityKind.valueOf(kind),
        ActivityOutcome.valueOf(outcome), occurredAt, author, summary, internal);
  }
}
