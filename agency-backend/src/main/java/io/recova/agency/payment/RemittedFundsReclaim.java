package io.recova.agency.payment;

import io.recova.agency.ledger.AccountBalance;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a payment's reversal leaves to settle when the payment's funds had been remitted already.
 * The bank takes the money back (a bounced cheque, a card chargeback months later) but the
 * creditor was paid it: the creditor's share of the trust account and its payable go below zero,
 * i.e. other creditors' money would pay for it (CPCE R124-2: the account holds only their funds).
 * Worked example: a payment of 100.00 with 15.00 + 3.00 VAT of fees leaves 82.00 remitted; its
 * reversal leaves TRUST_BANK at −82.00 and CREDITOR_PAYABLE at −82.00, so the agency advances
 * 82.00 into the trust account and the creditor owes 82.00, netted from its next remittance.
 *
 * <ol>
 *   <li>A fee or cost receivable gone below zero means the creditor had paid it (a remittance
 *       netted it) and the reversal cancels it: it is owed back to the creditor first, into its
 *       payable ({@code feesRefunded}, {@code costsRefunded}).
 *   <li>What the payable is still below zero is what the creditor was paid in excess: it owes it
 *       ({@code reclaimed}: debit REMITTANCE_RECLAIMABLE, credit CREDITOR_PAYABLE).
 *   <li>What the creditor's share of the trust account is below zero, the agency tops up from its
 *       own funds ({@code advanced}: debit TRUST_BANK, credit AGENCY_ADVANCES); the reclaim, once
 *       netted, gives it back to the agency as a recovered cost does.
 * </ol>
 *
 * Pure arithmetic over the creditor's balances after the reversal's own entries, so every creditor
 * ends with no negative TRUST_BANK or CREDITOR_PAYABLE.
 */
public record RemittedFundsReclaim(Money advanced, Money reclaimed, Money feesRefunded,
    Money costsRefunded) {

  /** Nothing to settle: the creditor's funds still covered the reversal. */
  public boolean isNone() {
    return advanced.isZero() && reclaimed.isZero() && feesRefunded.isZero()
        && costsRefunded.isZero();
  }

  /** What to settle, from the creditor's balances (in the payment's currency) after a reversal. */
  public static RemittedFundsReclaim of(List<AccountBalance> balances, Currency currency) {
    Money trust = balance(balances, LedgerAccount.TRUST_BANK, currency);
    Money payable = balance(balances, LedgerAccount.CREDITOR_PAYABLE, currency);
    Money feesRefunded = shortfall(balance(balances, LedgerAccount.FEES_RECEIVABLE, currency));
    Money costsRefunded = shortfall(balance(balances, LedgerAccount.COSTS_RECEIVABLE, currency));
    Money reclaimed = shortfall(payable.plus(feesRefunded).plus(costsRefunded));
    return new RemittedFundsReclaim(shortfall(trust), reclaimed, feesRefunded, costsRefunded);
  }

  /** The movement that settles it, or empty when there is nothing to settle. */
  public Optional<Movement> movement(UUID creditorId, LocalDate on, String description) {
    if (isNone()) {
      return Optional.empty();
    }
    List<Posting> postings = new ArrayList<>();
    if (!feesRefunded.isZero()) {
      postings.add(Posting.debit(LedgerAccount.FEES_RECEIVABLE, feesRefunded));
      postings.add(Posting.credit(LedgerAccount.CREDITOR_PAYABLE, feesRefunded));
    }
    if (!costsRefunded.isZero()) {
      postings.add(Posting.debit(LedgerAccount.COSTS_RECEIVABLE, costsRefunded));
      postings.add(Posting.credit(LedgerAccount.CREDITOR_PAYABLE, costsRefunded));
    }
    if (!reclaimed.isZero()) {
      postings.add(Posting.debit(LedgerAccount.REMITTANCE_RECLAIMABLE, reclaimed));
      postings.add(Posting.credit(LedgerAccount.CREDITOR_PAYABLE, reclaimed));
    }
    if (!advanced.isZero()) {
      postings.add(Posting.debit(LedgerAccount.TRUST_BANK, advanced));
      postings.add(Posting.credit(LedgerAccount.AGENCY_ADVANCES, advanced));
    }
    return Optional.of(new Movement(TransactionKind.REMITTED_FUNDS_RECLAIMED, creditorId, on,
        description, postings));
  }

  private static Money balance(List<AccountBalance> balances, LedgerAccount account,
      Currency currency) {
    return balances.stream()
        .filter(b -> b.account() == account && currency.getCurrencyCode().equals(b.currency()))
        .map(AccountBalance::balance).reduce(Money.zero(currency), Money::plus);
  }

  /** How far below zero a balance is; zero when it is not. */
  private static Money shortfall(Money balance) {
    return balance.isNegative() ? Money.zero(balance.currency()).minus(balance)
        : Money.zero(balance.currency());
  }
}
