package io.recova.agency.payment;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The reversal of a payment, with its compensating ledger transaction. One per payment. */
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

  protected PaymentReversal() {}

  PaymentReversal(UUID id, UUID paymentId, ReversalReason reason, String note, String reversedBy,
      Instant reversedAt, UUID ledgerTransactionId) {
    this.id = id;
    this.paymentId = paymentId;
    this.reason = reason.name();
    this.note = note;
    this.reversedBy = reversedBy;
    this.reversedAt = reversedAt;
    this.ledgerTransactionId = ledgerTransactionId;
  }

  public UUID id() {
    return id;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public ReversalView view() {
    return new ReversalView(id, ReversalReason.valueOf(reason), note, reversedBy, reversedAt,
        ledgerTransactionId);
  }
}
