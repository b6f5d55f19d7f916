package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One posting of a ledger transaction as stored. Never changed once written. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "transaction_id", nullable = false)
  private UUID transactionId;

  @Column(name = "account", nullable = false)
  private String account;

  @Column(name = "side", nullable = false)
  private String side;

  @Embedded private Money amount;

  protected LedgerEntry() {}

  LedgerEntry(UUID transactionId, Posting posting) {
    this.transactionId = transactionId;
    this.account = posting.account().name();
    this.side = posting.side().code();
    this.amount = posting.amount();
  }

  public UUID transactionId() {
    return transactionId;
  }

  public Posting posting() {
    return new Posting(LedgerAccount.valueOf(account), Side.ofCode(side), amount);
  }
}
