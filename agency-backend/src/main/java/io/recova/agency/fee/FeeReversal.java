package io.recova.agency.fee;

import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The fee of a reversed payment, cancelled with it: it no longer counts towards the case's tiers
 * nor its file fee, and its ledger transaction is compensated.
 */
@Entity
@Table(name = "fee_reversal")
public class FeeReversal {

  @Id
  @Column(name = "payment_id")
  private UUID paymentId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "reversed_at", nullable = false)
  private Instant reversedAt;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "ledger_transaction_id")
  private UUID ledgerTransactionId;

  protected FeeReversal() {}

  FeeReversal(UUID paymentId, Instant reversedAt, UUID ledgerTransactionId) {
    this.paymentId = paymentId;
    this.reversedAt = reversedAt;
    this.ledgerTransactionId = ledgerTransactionId;
  }
}
