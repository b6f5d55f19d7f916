package io.recova.agency.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.money.Money;
import io.recova.agency.payment.PaymentMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Remittance arithmetic with worked numbers. The creditor's mandate: 15 % amicable, VAT 20 %, so
 * a payment of 1,000.00 leaves 820.00 payable (150.00 fee + 30.00 VAT taken).
 */
class RemittanceCalculatorTest {

  private static final UUID CREDITOR = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  private static final LocalDate END = LocalDate.of(2026, 3, 31);
  private static final ClearingDelays CLEARING = ClearingDelays.defaults();

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static OpenPayment payment(String amount, String left, PaymentMethod method,
      LocalDate valueDate) {
    return new OpenPayment(UUID.randomUUID(), UUID.randomUUID(), "CASE", valueDate, eur(amount),
        eur(left), CLEARING.clearedOn(method, valueDate), eur("0.00"));
  }

  @Test
  void clearedFundsArePaidLessFeesAndVat() {
    OpenPayment transfer = payment("1000.00", "820.00", PaymentMethod.BANK_TRANSFER, END);

    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("820.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"), List.of(transfer)), END,
        RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.amount()).isEqualTo(eur("820.00"));
    assertThat(f.uncleared()).isEqualTo(eur("0.00"));
    assertThat(f.remitted()).containsExactly(transfer);
    assertThat(f.late()).isEmpty();
  }

  @Test
  void whatALineKeepsOfItsPaymentsAddsUpThePaymentsRemitted() {
    // A transfer of 1,000.00 (180.00 of fees and VAT) and one of 500.00 that first repaid
    // 144.00 of costs the agency advanced, then bore 64.08 of fees and VAT; a cheque not cleared.
    OpenPayment transfer = payment("1000.00", "820.00", PaymentMethod.BANK_TRANSFER, END);
    OpenPayment withCosts = new OpenPayment(UUID.randomUUID(), UUID.randomUUID(), "CASE", END,
        eur("500.00"), eur("291.92"), END, eur("144.00"));
    OpenPayment cheque = payment("300.00", "246.00", PaymentMethod.CHEQUE, END);

    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("1357.92"), eur("0.00"), eur("0.00"), eur("0.00"),
            eur("0.00"), List.of(transfer, withCosts, cheque)), END,
        RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.remitted()).containsExactly(transfer, withCosts);
    assertThat(f.collected()).isEqualTo(eur("1500.00"));
    assertThat(f.feesKept()).isEqualTo(eur("244.08"));
    assertThat(f.costsRepaid()).isEqualTo(eur("144.00"));
    assertThat(f.amount()).isEqualTo(eur("1111.92"));
  }

  @Test
  void aChequeNotClearedOnThePeriodEndIsHeldBack() {
    // Transfer of 1,000.00 (820.00 left) and a cheque of 500.00 (410.00 left) of 25 March:
    // the cheque clears on 4 April, after the period end.
    OpenPayment transfer = payment("1000.00", "820.00", PaymentMethod.BANK_TRANSFER,
        LocalDate.of(2026, 3, 2));
    OpenPayment cheque = payment("500.00", "410.00", PaymentMethod.CHEQUE,
        LocalDate.of(2026, 3, 25));

    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("1230.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"), List.of(transfer, cheque)),
        END, RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.uncleared()).isEqualTo(eur("410.00"));
    assertThat(f.amount()).isEqualTo(eur("820.00"));
    assertThat(f.remitted()).containsExactly(transfer);
  }

  @Test
  void feesOwedOnADirectPaymentAreNettedFromWhatIsPaid() {
    // 820.00 payable; a direct payment of 400.00 to the creditor bore 60.00 + 12.00 VAT.
    OpenPayment transfer = payment("1000.00", "820.00", PaymentMethod.BANK_TRANSFER, END);

    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("820.00"), eur("72.00"), eur("0.00"), eur("0.00"), eur("0.00"), List.of(transfer)), END,
        RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.feesNetted()).isEqualTo(eur("72.00"));
    assertThat(f.amount()).isEqualTo(eur("748.00"));
    Movement m = RemittanceMovements.paid(CREDITOR, f.payout(), END, "remittance").orElseThrow();
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.CREDITOR_PAYABLE, eur("820.00")),
        Posting.credit(LedgerAccount.TRUST_BANK, eur("748.00")),
        Posting.debit(LedgerAccount.REMITTED, eur("748.00")),
        Posting.credit(LedgerAccount.REMITTED_CONTRA, eur("748.00")),
        Posting.credit(LedgerAccount.FEES_RECEIVABLE, eur("72.00")));
  }

  @Test
  void aCreditorOwingMoreThanItIsDueIsPaidNothingAndOwesTheRest() {
    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("50.00"), eur("72.00"), eur("0.00"), eur("0.00"), eur("0.00"), List.of()), END,
        RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.amount()).isEqualTo(eur("0.00"));
    assertThat(f.feesNetted()).isEqualTo(eur("50.00"));
  }

  @Test
  void theCostsTheCreditorBearsAreDeductedAfterTheFees() {
    // 820.00 payable; 72.00 of fees owed, then a lawyer's 400.00 re-billed at cost: 348.00 paid
    OpenPayment transfer = payment("1000.00", "820.00", PaymentMethod.BANK_TRANSFER, END);
    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("820.00"), eur("72.00"), eur("400.00"), eur("0.00"), eur("0.00"),
            List.of(transfer)), END, RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.feesNetted()).isEqualTo(eur("72.00"));
    assertThat(f.costsNetted()).isEqualTo(eur("400.00"));
    assertThat(f.amount()).isEqualTo(eur("348.00"));
  }

  @Test
  void costsBeyondTheFundsWaitForTheNextRemittance() {
    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("100.00"), eur("30.00"), eur("400.00"), eur("0.00"), eur("0.00"),
            List.of()), END, RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.feesNetted()).isEqualTo(eur("30.00"));
    assertThat(f.costsNetted()).isEqualTo(eur("70.00"));
    assertThat(f.amount()).isEqualTo(eur("0.00"));
  }

  @Test
  void onceRemittedNothingIsPayableSoASecondRunPaysNothing() {
    OpenPayment transfer = payment("1000.00", "820.00", PaymentMethod.BANK_TRANSFER, END);
    RemittanceFigures first = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("820.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"), List.of(transfer)), END,
        RemittanceCalculator.LEGAL_DELAY);
    Movement paid = RemittanceMovements.paid(CREDITOR, first.payout(), END, "first").orElseThrow();
    Money payableAfter = eur("820.00").minus(paid.postings().get(0).amount());

    // The payment is on the approved run: no longer open.
    RemittanceFigures second = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, payableAfter, eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"), List.of()), END,
        RemittanceCalculator.LEGAL_DELAY);

    assertThat(second.amount()).isEqualTo(eur("0.00"));
    assertThat(second.isEmpty()).isTrue();
    assertThat(RemittanceMovements.paid(CREDITOR, second.payout(), END, "second")).isEmpty();
  }

  @Test
  void aPaymentClearedMoreThanAMonthBeforeThePeriodEndIsFlaggedLate() {
    OpenPayment old = payment("100.00", "82.00", PaymentMethod.CHEQUE, LocalDate.of(2026, 2, 10));
    OpenPayment recent = payment("100.00", "82.00", PaymentMethod.CASH, LocalDate.of(2026, 3, 1));

    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("164.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"), List.of(old, recent)), END,
        RemittanceCalculator.LEGAL_DELAY);

    // The cheque cleared on 20 February: due by 20 March, late on 31 March. The cash of 1 March
    // is due by 1 April.
    assertThat(f.late()).containsExactly(old);
    assertThat(f.amount()).isEqualTo(eur("164.00"));
  }

  @Test
  void anOverpaymentHeldOnACaseIsTheDebtorsAndIsNotRemitted() {
    // A transfer of 1,100.00 on a case owing 1,000.00: 100.00 held, 820.00 left after the fee.
    OpenPayment transfer = payment("1100.00", "920.00", PaymentMethod.BANK_TRANSFER, END);

    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("920.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("100.00"), List.of(transfer)),
        END, RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.heldForDebtors()).isEqualTo(eur("100.00"));
    assertThat(f.amount()).isEqualTo(eur("820.00"));
  }

  @Test
  void fundsRemittedFromAReturnedPaymentAreRecoveredFromTheNextRemittance() {
    // A payment of 100.00 (15.00 + 3.00 VAT of fees) was remitted, 82.00, then the bank returned
    // it: the creditor owes 82.00 back. A new transfer of 1,000.00 leaves 820.00 payable:
    // 820.00 − 82.00 = 738.00 paid, nothing left owed.
    OpenPayment transfer = payment("1000.00", "820.00", PaymentMethod.BANK_TRANSFER, END);

    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("820.00"), eur("0.00"), eur("0.00"), eur("82.00"),
            eur("0.00"), List.of(transfer)), END, RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.reclaimedNetted()).isEqualTo(eur("82.00"));
    assertThat(f.reclaimOutstanding()).isEqualTo(eur("0.00"));
    assertThat(f.amount()).isEqualTo(eur("738.00"));
    Movement m = RemittanceMovements.paid(CREDITOR, f.payout(), END, "remittance").orElseThrow();
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.CREDITOR_PAYABLE, eur("820.00")),
        Posting.credit(LedgerAccount.TRUST_BANK, eur("738.00")),
        Posting.debit(LedgerAccount.REMITTED, eur("738.00")),
        Posting.credit(LedgerAccount.REMITTED_CONTRA, eur("738.00")),
        Posting.credit(LedgerAccount.REMITTANCE_RECLAIMABLE, eur("82.00")));
  }

  @Test
  void theReclaimIsNettedAfterFeesAndCostsAndTheRestStaysOwed() {
    // 100.00 payable; 30.00 of fees and 50.00 of costs owed come first, then 20.00 of the 82.00
    // reclaim: nothing paid, 62.00 still owed back.
    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("100.00"), eur("30.00"), eur("50.00"), eur("82.00"),
            eur("0.00"), List.of()), END, RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.feesNetted()).isEqualTo(eur("30.00"));
    assertThat(f.costsNetted()).isEqualTo(eur("50.00"));
    assertThat(f.reclaimedNetted()).isEqualTo(eur("20.00"));
    assertThat(f.reclaimOutstanding()).isEqualTo(eur("62.00"));
    assertThat(f.amount()).isEqualTo(eur("0.00"));
    assertThat(RemittanceMovements.paid(CREDITOR, f.payout(), END, "remittance").orElseThrow().postings())
        .containsExactly(Posting.debit(LedgerAccount.CREDITOR_PAYABLE, eur("100.00")),
            Posting.credit(LedgerAccount.FEES_RECEIVABLE, eur("30.00")),
            Posting.credit(LedgerAccount.COSTS_RECEIVABLE, eur("50.00")),
            Posting.credit(LedgerAccount.REMITTANCE_RECLAIMABLE, eur("20.00")));
  }

  @Test
  void aReclaimWithNothingCollectedStaysOwedAndTheLineSaysSoWithoutMovingMoney() {
    RemittanceFigures f = RemittanceCalculator.compute(
        new CreditorFunds(CREDITOR, eur("0.00"), eur("0.00"), eur("0.00"), eur("82.00"),
            eur("0.00"), List.of()), END, RemittanceCalculator.LEGAL_DELAY);

    assertThat(f.amount()).isEqualTo(eur("0.00"));
    assertThat(f.reclaimedNetted()).isEqualTo(eur("0.00"));
    assertThat(f.reclaimOutstanding()).isEqualTo(eur("82.00"));
    assertThat(f.isEmpty()).isFalse();
    assertThat(RemittanceMovements.paid(CREDITOR, f.payout(), END, "remittance")).isEmpty();
  }

  @Test
  void clearingDelaysFollowTheMethod() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    assertThat(CLEARING.clearedOn(PaymentMethod.BANK_TRANSFER, day)).isEqualTo(day);
    assertThat(CLEARING.clearedOn(PaymentMethod.CARD, day)).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(CLEARING.clearedOn(PaymentMethod.CHEQUE, day))
        .isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(CLEARING.clearedOn(PaymentMethod.CASH, day)).isEqualTo(day);
  }
}
