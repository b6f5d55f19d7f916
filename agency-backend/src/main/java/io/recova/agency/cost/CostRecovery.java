package io.recova.agency.cost;

import io.recova.agency.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

/**
 * The part of one payment that repaid the agency's advances on its case (costs first, DOMAIN D3).
 * Never changed once written: a reversed payment's recovery gets a {@link CostRecoveryReversal}.
 */
@Entity
@Table(name = "cost_recovery")
public class CostRecovery {

  @Id
  @Column(name = "payment_id")
  private UUID paymentId;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "ledger_transaction_id", nullable = false)
  private UUID ledgerTransactionId;

  protected CostRecovery() {}

  CostRecovery(UUID paymentId, UUID caseId, UUID creditorId, Money amount,
      UUID ledgerTransactionId) {
    this.paymentId = paymentId;
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.ledgerTransactionId = ledgerTransactionId;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public Money amount() {
    return Money.of(amount, Currency.getInstance(currency.strip()));
  }

  public UUID ledgerTransactionId() {
    return ledgerTransactionId;
  }
}
