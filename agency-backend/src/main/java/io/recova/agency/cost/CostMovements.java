package io.recova.agency.cost;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How costs are written to the trust ledger (see the ledger package's chart). The agency paid the
 * supplier from its own account, so nothing leaves the trust account: AGENCY_ADVANCES records what
 * the agency is owed, and each bearer's account what it owes (or, for the agency itself, its
 * expense). A recovery takes the debtor's repayment out of the creditor's funds, where the payment
 * put it, and leaves it in the trust account for the agency.
 */
public final class CostMovements {

  private CostMovements() {}

  /** A cost of {@code share.debtor() + share.other()}, advanced by the agency and split. */
  public static Movement advanced(UUID creditorId, CostShare share, LocalDate incurredOn,
      String description) {
    Money total = share.debtor().plus(share.other());
    List<Posting> postings = new ArrayList<>();
    if (!share.debtor().isZero()) {
      postings.add(Posting.debit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, share.debtor()));
    }
    if (!share.other().isZero()) {
      postings.add(Posting.debit(share.otherBearer() == CostBearer.AGENCY
          ? LedgerAccount.AGENCY_COST_EXPENSE : LedgerAccount.COSTS_RECEIVABLE, share.other()));
    }
    postings.add(Posting.credit(LedgerAccount.AGENCY_ADVANCES, total));
    return new Movement(TransactionKind.COST_ADVANCED, creditorId, incurredOn, description,
        postings);
  }

  /**
   * The debtor's share still unrepaid when its case closed, charged to the bearer of what the
   * debtor does not bear: re-billed to the creditor, or the agency's expense.
   */
  public static Movement unrecovered(UUID creditorId, Money amount, CostBearer bearer,
      LocalDate on, String description) {
    return new Movement(TransactionKind.COST_UNRECOVERED, creditorId, on, description,
        List.of(Posting.debit(bearer == CostBearer.AGENCY ? LedgerAccount.AGENCY_COST_EXPENSE
                : LedgerAccount.COSTS_RECEIVABLE, amount),
            Posting.credit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, amount)));
  }

  /**
   * A payment repaid {@code amount} of the debtor's costs to the agency.
   *
   * @param fundsHeld true when the payment is on the trust account (the creditor's payable gave
   *     it), false when the debtor paid the creditor directly (the creditor then owes it)
   */
  public static Movement recovered(UUID creditorId, Money amount, boolean fundsHeld,
      LocalDate valueDate, String description) {
    return new Movement(TransactionKind.COST_RECOVERED, creditorId, valueDate, description,
        List.of(Posting.debit(fundsHeld ? LedgerAccount.CREDITOR_PAYABLE
                : LedgerAccount.COSTS_RECEIVABLE, amount),
            Posting.credit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, amount)));
  }
}
