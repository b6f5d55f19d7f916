package io.recova.agency.settlement;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * A settlement on a case. Lifecycle: proposed either ACCEPTED at once (within the authority of
 * who proposed it) or PROPOSED_AWAITING_APPROVAL; an awaiting one is then ACCEPTED or REFUSED by
 * an approver; an accepted one ends PAID or LAPSED. The terms never change once proposed; a new
 * proposal is a new settlement. The version makes two concurrent decisions conflict.
 */
@Entity
@Table(name = "settlement")
public class Settlement {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "balance_due", nullable = false)
  private BigDecimal balanceDue;

  @Column(name = "discount_percent", nullable = false)
  private BigDecimal discountPercent;

  @Column(name = "pay_by", nullable = false)
  private LocalDate payBy;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "note")
  private String note;

  @Column(name = "decided_by")
  private String decidedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Version private long version;

  protected Settlement() {}

  /**
   * @param granted true when the proposer's authority covers the discount: accepted at once, the
   *     proposer being the one who decided
   */
  Settlement(UUID id, UUID caseId, UUID creditorId, SettlementTerms terms, LocalDate payBy,
      String proposedBy, Instant proposedAt, String note, boolean granted) {
    this.id = Objects.requireNonNull(id);
    this.caseId = Objects.requireNonNull(caseId);
    this.creditorId = Objects.requireNonNull(creditorId);
    this.amount = terms.agreed().amount();
    this.currency = terms.agreed().currency().getCurrencyCode();
    this.balanceDue = terms.due().amount();
    this.discountPercent = terms.discountPercent();
    this.payBy = Objects.requireNonNull(payBy);
    this.proposedBy = Objects.requireNonNull(proposedBy);
    this.proposedAt = Objects.requireNonNull(proposedAt);
    this.note = note;
    if (granted) {
      this.status = SettlementStatus.ACCEPTED.name();
      this.decidedBy = proposedBy;
      this.decidedAt = proposedAt;
    } else {
      this.status = SettlementStatus.PROPOSED_AWAITING_APPROVAL.name();
    }
  }

  /** An approver agrees to the discount. */
  void approve(String by, Instant at, String decisionNote) {
    decide(SettlementStatus.ACCEPTED, by, at, decisionNote);
  }

  /** An approver refuses the discount; the whole balance stays due. */
  void refuse(String by, Instant at, String decisionNote) {
    decide(SettlementStatus.REFUSED, by, at, decisionNote);
  }

  private void decide(SettlementStatus outcome, String by, Instant at, String decisionNote) {
    requireStatus(SettlementStatus.PROPOSED_AWAITING_APPROVAL);
    this.status = outcome.name();
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = Objects.requireNonNull(at);
    this.decisionNote = decisionNote;
  }

  /** Tracking found the agreed amount paid, or the time to pay it over. */
  void close(SettlementStatus outcome) {
    if (outcome != SettlementStatus.PAID && outcome != SettlementStatus.LAPSED) {
      throw new IllegalArgumentException("An accepted settlement ends paid or lapsed");
    }
    requireStatus(SettlementStatus.ACCEPTED);
    this.status = outcome.name();
  }

  private void requireStatus(SettlementStatus expected) {
    if (status() != expected) {
      throw new IllegalStateException("The settlement is " + status + ", not " + expected);
    }
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

  public SettlementStatus status() {
    return SettlementStatus.valueOf(status);
  }

  public Money amount() {
    return Money.of(amount, Currency.getInstance(currency));
  }

  public LocalDate payBy() {
    return payBy;
  }

  /** The day the settlement was granted, in the agency's calendar: payments count from it. */
  public LocalDate acceptedOn(ZoneId zone) {
    if (decidedAt == null || status() == SettlementStatus.REFUSED) {
      throw new IllegalStateException("The settlement " + id + " was never accepted");
    }
    return LocalDate.ofInstant(decidedAt, zone);
  }

  /** "S-1a2b3c4d": short enough to quote on the phone and in a stage change's reason. */
  public String reference() {
    return "S-" + id.toString().substring(0, 8);
  }

  public SettlementView view(String caseReference, String debtorName) {
    Currency c = Currency.getInstance(currency);
    return new SettlementView(id, caseId, caseReference, debtorName, Money.of(amount, c),
        Money.of(balanceDue, c), discountPercent, payBy, status(), proposedBy, proposedAt, note,
        decidedBy, decidedAt, decisionNote);
  }
}
