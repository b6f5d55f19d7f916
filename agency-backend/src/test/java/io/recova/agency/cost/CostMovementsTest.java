package io.recova.agency.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ledger postings of a cost advanced, split and recovered, with worked numbers. */
class CostMovementsTest {

  private static final UUID CREDITOR = UUID.randomUUID();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void theAgencysAdvanceIsOwedBackByEachBearer() {
    // A lawyer's 1,200.00 incl. VAT: 800.00 on the debtor (article 700), 400.00 on the creditor
    Movement m = CostMovements.advanced(CREDITOR, new CostShare(eur("800.00"), eur("400.00"),
        CostBearer.CREDITOR, "CPC 700"), DAY, "lawyer");
    assertThat(m.kind()).isEqualTo(TransactionKind.COST_ADVANCED);
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, eur("800.00")),
        Posting.debit(LedgerAccount.COSTS_RECEIVABLE, eur("400.00")),
        Posting.credit(LedgerAccount.AGENCY_ADVANCES, eur("1200.00")));
  }

  @Test
  void aShareTheAgencyBearsIsItsExpenseNotTheCreditors() {
    Movement m = CostMovements.advanced(CREDITOR, new CostShare(eur("0.00"), eur("65.00"),
        CostBearer.AGENCY, "mandate"), DAY, "registry extract");
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.AGENCY_COST_EXPENSE, eur("65.00")),
        Posting.credit(LedgerAccount.AGENCY_ADVANCES, eur("65.00")));
  }

  @Test
  void aRecoveryLeavesTheCreditorsPayableForTheAgency() {
    Movement m = CostMovements.recovered(CREDITOR, eur("144.00"), true, DAY, "recovered");
    assertThat(m.kind()).isEqualTo(TransactionKind.COST_RECOVERED);
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.CREDITOR_PAYABLE, eur("144.00")),
        Posting.credit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, eur("144.00")));
  }

  @Test
  void whatTheDebtorNeverRepaidFallsToTheBearerWhenTheCaseCloses() {
    Movement toCreditor = CostMovements.unrecovered(CREDITOR, eur("44.00"), CostBearer.CREDITOR,
        DAY, "closed");
    assertThat(toCreditor.kind()).isEqualTo(TransactionKind.COST_UNRECOVERED);
    assertThat(toCreditor.postings()).containsExactly(
        Posting.debit(LedgerAccount.COSTS_RECEIVABLE, eur("44.00")),
        Posting.credit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, eur("44.00")));
    assertThat(CostMovements.unrecovered(CREDITOR, eur("44.00"), CostBearer.AGENCY, DAY,
        "closed").postings()).containsExactly(
        Posting.debit(LedgerAccount.AGENCY_COST_EXPENSE, eur("44.00")),
        Posting.credit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, eur("44.00")));
  }

  @Test
  void costsTheDebtorRepaidToTheCreditorDirectlyAreOwedByTheCreditor() {
    Movement m = CostMovements.recovered(CREDITOR, eur("144.00"), false, DAY, "direct");
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.COSTS_RECEIVABLE, eur("144.00")),
        Posting.credit(LedgerAccount.DEBTOR_COSTS_RECEIVABLE, eur("144.00")));
  }
}
