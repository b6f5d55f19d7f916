package io.recova.agency.reporting;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * One ledger transaction of the report's period, as the report reads it: its entries netted per
 * account and sorted into the report's figures by what the transaction records.
 *
 * @param caseId the case it belongs to; null for a remittance, which pays a creditor
 * @param collector the case's assigned collector; null when the case has none or there is no case
 * @param payableChange how much it changed the funds held for the creditor (CREDITOR_PAYABLE)
 * @param payments 1 for a payment collected, -1 for the reversal of one, 0 otherwise
 */
public record LedgerMovement(UUID creditorId, String creditorName, UUID caseId, String collector,
    LocalDate valueDate, Money collectedThroughAgency, Money collectedDirect, Money fees,
    Money certificateFees, Money vat, Money remitted, Money payableChange, int payments) {

  public LedgerMovement {
    Objects.requireNonNull(creditorId, "creditorId");
    Objects.requireNonNull(creditorName, "creditorName");
    Objects.requireNonNull(valueDate, "valueDate");
  }

  /**
   * Sorts a transaction's entries into the report's figures. A reversal counts as the negative of
   * what it reverses, so a reversed payment and its reversed fee cancel out in every figure.
   *
   * @param kind what the transaction records
   * @param reversedKind for a reversal, what the transaction it reverses records; else null
   * @param net each account's movement in the transaction, positive on the account's normal side
   *     (a debit of TRUST_BANK, a credit of AGENCY_FEE_INCOME), zero for an account it leaves alone
   */
  public static LedgerMovement of(UUID creditorId, String creditorName, UUID caseId,
      String collector, LocalDate valueDate, TransactionKind kind, TransactionKind reversedKind,
      Function<LedgerAccount, Money> net) {
    TransactionKind what = kind == TransactionKind.REVERSAL
        ? Objects.requireNonNull(reversedKind, "reversedKind") : kind;
    Money zero = Money.zero(net.apply(LedgerAccount.TRUST_BANK).currency());
    Money income = net.apply(LedgerAccount.AGENCY_FEE_INCOME);
    boolean payment = what == TransactionKind.PAYMENT_RECEIVED
        || what == TransactionKind.DIRECT_PAYMENT_DECLARED;
    int payments = !payment ? 0 : kind == TransactionKind.REVERSAL ? -1 : 1;
    return new LedgerMovement(creditorId, creditorName, caseId, collector, valueDate,
        // The trust bank account also pays remittances out: only payments count as collected.
        what == TransactionKind.PAYMENT_RECEIVED ? net.apply(LedgerAccount.TRUST_BANK) : zero,
        net.apply(LedgerAccount.DIRECT_COLLECTED),
        what == TransactionKind.CERTIFICATE_FEE ? zero : income,
        what == TransactionKind.CERTIFICATE_FEE ? income : zero,
        net.apply(LedgerAccount.VAT_PAYABLE),
        net.apply(LedgerAccount.REMITTED),
        net.apply(LedgerAccount.CREDITOR_PAYABLE),
        payments);
  }

  /** True when the transaction collected a payment on a case (not its reversal). */
  boolean collectsOnCase() {
    return payments > 0 && caseId != null;
  }
}
