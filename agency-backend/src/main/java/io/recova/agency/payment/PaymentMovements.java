package io.recova.agency.payment;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How a payment is written to the trust ledger. Into the trust account: the bank account grows
 * and so does what the agency owes the creditor. Paid directly to the creditor: no funds are held,
 * so only the memo accounts move, which keep the amount as a basis for the fee the mandate may
 * charge on it.
 */
public final class PaymentMovements {

  private PaymentMovements() {}

  public static Movement received(UUID creditorId, Money amount, PaymentMethod method,
      LocalDate valueDate, String description) {
    if (method.intoTrustAccount()) {
      return new Movement(TransactionKind.PAYMENT_RECEIVED, creditorId, valueDate, description,
          List.of(Posting.debit(LedgerAccount.TRUST_BANK, amount),
              Posting.credit(LedgerAccount.CREDITOR_PAYABLE, amount)));
    }
    return new Movement(TransactionKind.DIRECT_PAYMENT_DECLARED, creditorId, valueDate,
        description, List.of(Posting.debit(LedgerAccount.DIRECT_COLLECTED, amount),
            Posting.credit(LedgerAccount.DIRECT_COLLECTED_CONTRA, amount)));
  }
}
