package io.recova.agency.judicial;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
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

  @Column(name = "award_principal")
  private BigDecimal awardPrincipal;

  @Column(name = "award_interest")
  private BigDecimal awardInterest;

  @Column(name = "award_costs")
  private BigDecimal awardCosts;

  @Column(name = "award_article700")
  private BigDecimal awardArticle700;

  @Column(name = "award_currency")
  private String awardCurrency;

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

  /** Records what the judgment awards, in the case's currency, before the step is stored. */
  void award(JudgmentAward award, Currency currency) {
    this.awardPrincipal = award.principal();
    this.awardInterest = award.interest();
    this.awardCosts = award.costs();
    this.awardArticle700 = award.article700();
    this.awardCurrency = currency.getCurrencyCode();
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
    JudicialView.AwardView award = awardCurrency == null ? null : new JudicialView.AwardView(
        money(awardPrincipal), money(awardInterest), money(awardCosts), money(awardArticle700));
    return new JudicialView.StepView(id, kind(), stepDate, note, recordedAt, recordedBy, award);
  }

  private Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount, Currency.getInstance(awardCurrency.strip()));
  }
}
