package io.recova.agency.casefile;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.valuation.CaseValuation;
import io.recova.agency.valuation.Judgment;
import io.recova.agency.valuation.ReceivedPayment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A dossier: one creditor, one debtor, the claims entrusted, the stage of the work and the dates
 * that matter in law. Aggregate root for its claims; its stage changes only through {@link
 * #moveTo}, after {@link CaseLifecycle} has agreed.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

  @Id private UUID id;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  /**
   * Read when first used (EclipseLink weaves the entity): a balance, a payment or a stage move
   * does not need the debtor, whose row and three collections were four queries of each case
   * loaded (issue 8: the case balance).
   */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "debtor_id", nullable = false)
  private Debtor debtor;

  @Column(name = "external_reference", nullable = false)
  private String externalReference;

  @Column(name = "stage", nullable = false)
  private String stage;

  @Column(name = "suspended_from")
  private String suspendedFrom;

  @Column(name = "assigned_collector")
  private String assignedCollector;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "debtor_name", nullable = false)
  private String debtorName;

  @Column(name = "principal_total", nullable = false)
  private BigDecimal principalTotal;

  @Column(name = "earliest_due_date", nullable = false)
  private LocalDate earliestDueDate;

  @Column(name = "limitation_date", nullable = false)
  private LocalDate limitationDate;

  @Column(name = "formal_notice_date")
  private LocalDate formalNoticeDate;

  @Column(name = "judgment_date")
  private LocalDate judgmentDate;

  @Column(name = "judgment_served_on")
  private LocalDate judgmentServedOn;

  @Column(name = "intake_fingerprint", nullable = false)
  private String intakeFingerprint;

  @Convert(converter = InstantConverter.class)
  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "stage_changed_at", nullable = false)
  private Instant stageChangedAt;

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<Claim> claims = new ArrayList<>();

  @Version private long version;

  protected CaseFile() {}

  /** Opens a dossier from a validated submission ({@link NewCaseRules} has passed). */
  static CaseFile open(UUID id, UUID creditorId, Debtor debtor, NewCase c, String fingerprint,
      Instant now) {
    CaseFile f = new CaseFile();
    f.id = id;
    f.creditorId = creditorId;
    f.debtor = debtor;
    f.debtorName = debtor.name();
    f.externalReference = c.externalReference().strip();
    f.stage = Stage.NEW.name();
    f.formalNoticeDate = c.formalNoticeDate();
    f.intakeFingerprint = fingerprint;
    f.openedAt = now;
    f.stageChangedAt = now;
    for (NewClaim k : c.claims()) {
      f.claims.add(new Claim(UUID.randomUUID(), f, f.claims.size(), k));
    }
    f.currency = f.claims.get(0).principal().currency().getCurrencyCode();
    f.principalTotal =
        f.claims.stream().map(k -> k.principal().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    f.earliestDueDate =
        f.claims.stream().map(Claim::dueDate).min(Comparator.naturalOrder()).orElseThrow();
    f.limitationDate = CaseLimitation.of(f, List.of());
    return f;
  }

  void moveTo(Stage target, Stage resumeTo, Instant now) {
    this.stage = target.name();
    this.suspendedFrom = resumeTo == null ? null : resumeTo.name();
    this.stageChangedAt = now;
  }

  void recordFormalNotice(LocalDate date) {
    if (formalNoticeDate == null || date.isBefore(formalNoticeDate)) {
      // Interest runs from the first notice; a later reminder notice does not move it.
      formalNoticeDate = date;
    }
  }

  void recordJudgment(LocalDate date) {
    this.judgmentDate = date;
  }

  void recordJudgmentServed(LocalDate date) {
    this.judgmentServedOn = date;
  }

  void limitationDate(LocalDate date) {
    this.limitationDate = date;
  }

  void assign(String collector) {
    this.assignedCollector = collector;
  }

  public UUID id() {
    return id;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public Debtor debtor() {
    return debtor;
  }

  public String externalReference() {
    return externalReference;
  }

  public Stage stage() {
    return Stage.valueOf(stage);
  }

  public Optional<Stage> suspendedFrom() {
    return Optional.ofNullable(suspendedFrom).map(Stage::valueOf);
  }

  public Optional<String> assignedCollector() {
    return Optional.ofNullable(assignedCollector);
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Money principalTotal() {
    return Money.of(principalTotal, currency());
  }

  public LocalDate limitationDate() {
    return limitationDate;
  }

  public Optional<LocalDate> formalNoticeDate() {
    return Optional.ofNullable(formalNoticeDate);
  }

  public Optional<LocalDate> judgmentDate() {
    return Optional.ofNullable(judgmentDate);
  }

  public Optional<LocalDate> judgmentServedOn() {
    return Optional.ofNullable(judgmentServedOn);
  }

  public String intakeFingerprint() {
    return intakeFingerprint;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public List<Claim> claims() {
    return List.copyOf(claims);
  }

  /**
   * What the valuation reads, with the payments the case has received and the costs the debtor
   * owes (both kept outside the case, by the payments and by the judgments).
   */
  public CaseValuation.Dossier dossier(List<ReceivedPayment> payments, Money costs) {
    return dossier(payments, costs, day -> costs);
  }

  /**
   * The same, with the costs owed on each day, so that a payment repays only the costs owed at
   * its value date.
   */
  public CaseValuation.Dossier dossier(List<ReceivedPayment> payments, Money costs,
      java.util.function.Function<java.time.LocalDate, Money> costsOn) {
    return new CaseValuation.Dossier(
        claims.stream().map(Claim::terms).toList(),
        formalNoticeDate(),
        judgmentDate().map(d -> new Judgment(d, judgmentServedOn())),
        List.copyOf(payments),
        costs,
        costsOn);
  }

  public CaseSummary summary() {
    return new CaseSummary(id, creditorId, externalReference, debtorName, debtor.kind(), stage(),
        assignedCollector, principalTotal, currency, earliestDueDate, limitationDate, claims.size(),
        openedAt);
  }
}
