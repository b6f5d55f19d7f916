package io.recova.agency.judicial;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated step of a proceeding, as evidence: the database refuses to change it. */
@Entity
@Table(name = "judicial_step")
public class JudicialStep {

  @Id private UUID id;

  @Column(name = "proceeding_id", nullable = false)
  private UUID proceedingId;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "step_date", nullable = false)
  private LocalDate stepDate;

  @Column(name = "note")
  private String note;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected JudicialStep() {}

  JudicialStep(UUID id, UUID proceedingId, UUID caseId, JudicialStepKind kind, LocalDate date,
      String note, Instant recordedAt, String recordedBy) {
    this.id = id;
    this.proceedingId = proceedingId;
    this.caseId = caseId;
    this.kind = kind.name();
    this.stepDate = date;
    this.note = note;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public UUID id() {
    return id;
  }

  public UUID proceedingId() {
    return proceedingId;
  }

  public JudicialStepKind kind() {
    return JudicialStepKind.valueOf(kind);
  }

  public LocalDate date() {
    return stepDate;
  }

  ProceduralCalendar.Step asCalendarStep() {
    return new ProceduralCalendar.Step(kind(), stepDate);
  }

  JudicialView.StepView view() {
    return new JudicialView.StepView(id, kind(), stepDate, note, recordedAt, recordedBy);
  }
}
