package io.recova.bench;

import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes movements built by the application's own movement classes (PaymentMovements,
 * FeeMovements, RemittanceMovements) as a ledger transaction and its entries, exactly as
 * TrustLedger does: {@link Movement} refuses an unbalanced one before it gets here, and the
 * deferred balance trigger checks every transaction again at commit.
 */
final class LedgerWriter {

  private final Tables tables;
  private final Dice dice;

  LedgerWriter(Tables tables, Dice dice) {
    this.tables = tables;
    this.dice = dice;
  }

  UUID post(Movement movement, String sourceType, UUID sourceId, UUID caseId, Instant at,
      String actor) {
    UUID id = dice.uuid();
    tables.ledgerTransaction.row(id, movement.kind().name(), movement.creditorId(), caseId,
        sourceType, sourceId, movement.valueDate(), at, actor, movement.description());
    for (Posting p : movement.postings()) {
      tables.ledgerEntry.row(id, p.account().name(), p.side().code(), p.amount().amount(),
          p.amount().currency().getCurrencyCode());
    }
    return id;
  }
}
