package io.recova.agency.cost;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
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
 * What the debtor still owed of the agency's advances when its case closed, and who was charged
 * it instead. One per case: a closed case never moves again. Never changed once written.
 */
@Entity
@Table(name = "unrecovered_cost")
public class UnrecoveredCost {

  @Id
  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "borne_by", nullable = false)
  private String borneBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "ledger_transaction_id", nullable = false)
  private UUID ledgerTransactionId;

  protected UnrecoveredCost() {}

  UnrecoveredCost(UUID caseId, UUID creditorId, Money amount, CostBearer borneBy,
      Instant recordedAt, UUID ledgerTransactionId) {
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.borneBy = borneBy.name();
    this.recordedAt = recordedAt;
    this.ledgerTransactionId = ledgerTransactionId;
  }

  public Money amount() {
    return Money.of(amount, Currency.getInstance(currency.strip()));
  }
}
