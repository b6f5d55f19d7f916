package io.recova.agency.cost;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A recovery undone with its reversed payment: the debtor owes the costs again. */
@Entity
@Table(name = "cost_recovery_reversal")
public class CostRecoveryReversal {

  @Id
  @Column(name = "payment_id")
  private UUID paymentId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "reversed_at", nullable = false)
  private Instant reversedAt;

  @Column(name = "ledger_transaction_id", nullable = false)
  private UUID ledgerTransactionId;

  protected CostRecoveryReversal() {}

  CostRecoveryReversal(UUID paymentId, Instant reversedAt, UUID ledgerTransactionId) {
    this.paymentId = paymentId;
    this.reversedAt = reversedAt;
    this.ledgerTransactionId = ledgerTransactionId;
  }
}
