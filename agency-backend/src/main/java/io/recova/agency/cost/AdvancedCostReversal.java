package io.recova.agency.cost;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The reversal of a cost entered by mistake, with its compensating ledger transaction. */
@Entity
@Table(name = "advanced_cost_reversal")
public class AdvancedCostReversal {

  @Id
  @Column(name = "cost_id")
  private UUID costId;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "reversed_by", nullable = false)
  private String reversedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "reversed_at", nullable = false)
  private Instant reversedAt;

  @Column(name = "ledger_transaction_id", nullable = false)
  private UUID ledgerTransactionId;

  protected AdvancedCostReversal() {}

  AdvancedCostReversal(UUID costId, String reason, String reversedBy, Instant reversedAt,
      UUID ledgerTransactionId) {
    this.costId = costId;
    this.reason = reason;
    this.reversedBy = reversedBy;
    this.reversedAt = reversedAt;
    this.ledgerTransactionId = ledgerTransactionId;
  }

  public UUID costId() {
    return costId;
  }

  CostView.Reversal view() {
    return new CostView.Reversal(reason, reversedBy, reversedAt, ledgerTransactionId);
  }
}
