package io.recova.agency.casefile;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a case's timeline: who did what, when, and for legal events the date they took effect
 * (a formal notice dated the 3rd recorded on the 10th). Never changed once written.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  /**
   * From the sequence, one value per event (V28: the column takes given values), so that inserts
   * go to the database in JDBC batches; the intake gives the events of the dossiers it opens ids
   * it took in blocks ({@link #withId}).
   */
  @Id
  @SequenceGenerator(name = "case_event_id", sequenceName = "case_event_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_id")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "legal_date")
  private LocalDate legalDate;

  @Column(name = "from_stage")
  private String fromStage;

  @Column(name = "to_stage")
  private String toStage;

  @Column(name = "note")
  private String note;

  @Column(name = "internal", nullable = false)
  private boolean internal;

  protected CaseEvent() {}

  CaseEvent(UUID caseId, Instant occurredAt, String actor, CaseEventKind kind, LocalDate legalDate,
      Stage from, Stage to, String note, boolean internal) {
    this.caseId = caseId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind.name();
    this.legalDate = legalDate;
    this.fromStage = from == null ? null : from.name();
    this.toStage = to == null ? null : to.name();
    this.note = note;
    this.internal = internal;
  }

  /**
   * The event with an id already taken from the sequence. Only for events of a dossier no other
   * transaction can see yet (it is being opened): the timeline is read in id order.
   */
  CaseEvent withId(long id) {
    this.id = id;
    return this;
  }

  public CaseEventKind kind() {
    return CaseEventKind.valueOf(kind);
  }

  public LocalDate legalDate() {
    return legalDate;
  }

  public boolean internal() {
    return internal;
  }

  public TimelineEntry view() {
    return new TimelineEntry(id, occurredAt, actor, kind(), legalDate,
        fromStage == null ? null : Stage.valueOf(fromStage),
        toStage == null ? null : Stage.valueOf(toStage), note, internal);
  }
}
