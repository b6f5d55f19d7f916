package io.recova.agency.fee;

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
 * How the fees on one payment are written to the trust ledger. Every line costs the creditor its
 * amount and its VAT (a kept accessory came into the creditor's payable with the payment, so it is
 * taken back from there too): the agency earns the amounts and owes the VAT to the State.
 *
 * <p>The creditor pays out of the funds held for it, up to what the payment itself brought into
 * the trust account; the rest (a fee on a payment made directly to the creditor, a file fee above
 * a small first payment) is a receivable the remittance nets. Capping at the payment's own funds
 * keeps every creditor's payable from going below zero without reading any balance, so two
 * payments of one creditor on two cases never race.
 */
public final class FeeMovements {

  private FeeMovements() {}

  /**
   * @param fundsBrought what the payment put in the trust account for the creditor: its amount,
   *     or zero for a payment made directly to the creditor
   * @return the movement, or empty when the assessment charges nothing
   */
  public static Optional<Movement> charged(UUID creditorId, FeeAssessment fee, Money fundsBrought,
      LocalDate valueDate, String description) {
    Money income = fee.agencyIncome();
    Money vat = fee.vat();
    Money total = income.plus(vat);
    if (total.isZero()) {
      return Optional.empty();
    }
    Money fromFunds = fundsBrought.compareTo(total) >= 0 ? total : fundsBrought;
    Money receivable = total.minus(fromFunds);
    List<Posting> postings = new ArrayList<>();
    if (!fromFunds.isZero()) {
      postings.add(Posting.debit(LedgerAccount.CREDITOR_PAYABLE, fromFunds));
    }
    if (!receivable.isZero()) {
      postings.add(Posting.debit(LedgerAccount.FEES_RECEIVABLE, receivable));
    }
    if (!income.isZero()) {
      postings.add(Posting.credit(LedgerAccount.AGENCY_FEE_INCOME, income));
    }
    if (!vat.isZero()) {
      postings.add(Posting.credit(LedgerAccount.VAT_PAYABLE, vat));
    }
    return Optional.of(new Movement(TransactionKind.FEE_CHARGED, creditorId, valueDate,
        description, postings));
  }
}
