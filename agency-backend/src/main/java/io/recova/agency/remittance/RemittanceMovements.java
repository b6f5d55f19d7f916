package io.recova.agency.remittance;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How an approved remittance is written to the trust ledger: what was payable to the creditor
 * leaves the trust bank account (and the memo pair REMITTED / REMITTED_CONTRA keeps the running
 * total paid out); the fees and the costs it owed, and the funds it owed back from payments
 * reversed after an earlier remittance, that were netted are settled out of its payable (the
 * money stays in the trust account, the agency's: it had advanced the reclaimed funds).
 */
public final class RemittanceMovements {

  private RemittanceMovements() {}

  /** The movement, or empty when nothing is paid nor netted. */
  public static Optional<Movement> paid(UUID creditorId, RemittancePayout figures,
      LocalDate valueDate, String description) {
    Money netted = figures.feesNetted().plus(figures.costsNetted())
        .plus(figures.reclaimedNetted());
    if (figures.amount().isZero() && netted.isZero()) {
      return Optional.empty();
    }
    List<Posting> postings = new ArrayList<>();
    postings.add(Posting.debit(LedgerAccount.CREDITOR_PAYABLE,
        figures.amount().plus(netted)));
    if (!figures.amount().isZero()) {
      postings.add(Posting.credit(LedgerAccount.TRUST_BANK, figures.amount()));
      postings.add(Posting.debit(LedgerAccount.REMITTED, figures.amount()));
      postings.add(Posting.credit(LedgerAccount.REMITTED_CONTRA, figures.amount()));
    }
    if (!figures.feesNetted().isZero()) {
      postings.add(Posting.credit(LedgerAccount.FEES_RECEIVABLE, figures.feesNetted()));
    }
    if (!figures.costsNetted().isZero()) {
      postings.add(Posting.credit(LedgerAccount.COSTS_RECEIVABLE, figures.costsNetted()));
    }
    if (!figures.reclaimedNetted().isZero()) {
      postings.add(Posting.credit(LedgerAccount.REMITTANCE_RECLAIMABLE,
          figures.reclaimedNetted()));
    }
    return Optional.of(new Movement(TransactionKind.REMITTANCE, creditorId, valueDate,
        description, postings));
  }
}
