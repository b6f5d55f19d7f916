package io.recova.agency.payment;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * The reversal of a payment, with its compensating ledger transaction. One per payment. When the
 * payment's funds had been remitted, it also records what settled the creditor's funds
 * ({@link RemittedFundsReclaim}): the agency's advance and what the creditor owes back.
 */
@Entity
@Table(name = "payment_reversal")
public class PaymentReversal {

  @Id private UUID id;

  @Column(name = "payment_id", nullable = false)
  private UUID paymentId;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "note")
  private String note;

  @Column(name = "reversed_by", nullable = false)
  private String reversedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "reversed_at", nullable = false)
  private Instant reversedAt;

  @Column(name = "ledger_transaction_id", nullable = false)
  private UUID ledgerTransactionId;

  @Column(name = "advanced_by_agency", nullable = false)
  private BigDecimal advancedByAgency;

  @Column(name = "reclaimed_from_creditor", nullable = false)
  private BigDecimal reclaimedFromCreditor;

  @Column(name = "refunded_to_creditor", nullable = false)
  private BigDecimal refundedToCreditor;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "reclaim_transaction_id")
  private UUID reclaimTransactionId;

  protected PaymentReversal() {}

  /**
   * @param reclaim what settled the creditor's funds, none when they still covered the payment
   * @param reclaimTransactionId its ledger transaction, null when there was nothing to settle
   */
  PaymentReversal(UUID id, UUID paymentId, ReversalReason reason, String note, String reversedBy,
      Instant reversedAt, UUID ledgerTransactionId, RemittedFundsReclaim reclaim,
      UUID reclaimTransactionId) {
    this.id = id;
    this.paymentId = paymentId;
    this.reason = reason.name();
    this.note = note;
    this.reversedBy = reversedBy;
    this.reversedAt = reversedAt;
    this.ledgerTransactionId = ledgerTransactionId;
    this.advancedByAgency = reclaim.advanced().amount();
    this.reclaimedFromCreditor = reclaim.reclaimed().amount();
    this.refundedToCreditor = reclaim.feesRefunded().plus(reclaim.costsRefunded()).amount();
    this.reclaimTransactionId = reclaimTransactionId;
  }

  public UUID id() {
    return id;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public Instant reversedAt() {
    return reversedAt;
  }

  /** What the creditor owes back of funds remitted to it from the reversed payment. */
  public Money reclaimedFromCreditor(Currency currency) {
    return Money.of(reclaimedFromCreditor, currency);
  }

  /** @param currency the payment's */
  public ReversalView view(Currency currency) {
    return new ReversalView(id, ReversalReason.valueOf(reason), note, reversedBy, reversedAt,
        ledgerTransactionId, Money.of(advancedByAgency, currency),
        Money.of(reclaimedFromCreditor, currency), Money.of(refundedToCreditor, currency),
        reclaimTransactionId);
  }
}
