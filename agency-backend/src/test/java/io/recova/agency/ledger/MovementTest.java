package io.recova.agency.ledger;

import static io.recova.agency.ledger.LedgerAccount.AGENCY_FEE_INCOME;
import static io.recova.agency.ledger.LedgerAccount.CREDITOR_PAYABLE;
import static io.recova.agency.ledger.LedgerAccount.TRUST_BANK;
import static io.recova.agency.ledger.LedgerAccount.VAT_PAYABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MovementTest {

  static final UUID CREDITOR = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void aPaymentReceivedBalancesTheBankAgainstWhatIsOwedToTheCreditor() {
    Movement m = new Movement(TransactionKind.PAYMENT_RECEIVED, CREDITOR, DAY, "payment",
        List.of(Posting.debit(TRUST_BANK, eur("1000.00")),
            Posting.credit(CREDITOR_PAYABLE, eur("1000.00"))));

    assertThat(m.postings()).hasSize(2);
    assertThat(Movement.netPerCurrency(m.postings()).values()).allMatch(Money::isZero);
  }

  @Test
  void aMovementSplitOverSeveralCreditsBalancesToTheCent() {
    // 1,000.00 collected, 15 % fee = 150.00 + 20 % VAT 30.00: the creditor is owed 820.00.
    new Movement(TransactionKind.PAYMENT_RECEIVED, CREDITOR, DAY, "payment and fee",
        List.of(Posting.debit(TRUST_BANK, eur("1000.00")),
            Posting.credit(CREDITOR_PAYABLE, eur("820.00")),
            Posting.credit(AGENCY_FEE_INCOME, eur("150.00")),
            Posting.credit(VAT_PAYABLE, eur("30.00"))));
  }

  @Test
  void anUnbalancedMovementIsRefusedByOneCent() {
    assertThatThrownBy(() -> new Movement(TransactionKind.PAYMENT_RECEIVED, CREDITOR, DAY, "bad",
        List.of(Posting.debit(TRUST_BANK, eur("1000.00")),
            Posting.credit(CREDITOR_PAYABLE, eur("999.99")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not balance in EUR")
        .hasMessageContaining("0.01");
  }

  @Test
  void eachCurrencyBalancesOnItsOwn() {
    new Movement(TransactionKind.PAYMENT_RECEIVED, CREDITOR, DAY, "two currencies",
        List.of(Posting.debit(TRUST_BANK, eur("10.00")),
            Posting.credit(CREDITOR_PAYABLE, eur("10.00")),
            Posting.debit(TRUST_BANK, Money.of("7.00", "CHF")),
            Posting.credit(CREDITOR_PAYABLE, Money.of("7.00", "CHF"))));

    assertThatThrownBy(() -> new Movement(TransactionKind.PAYMENT_RECEIVED, CREDITOR, DAY, "x",
        List.of(Posting.debit(TRUST_BANK, eur("10.00")),
            Posting.credit(CREDITOR_PAYABLE, Money.of("10.00", "CHF")))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSinglePostingIsNoMovement() {
    assertThatThrownBy(() -> new Movement(TransactionKind.PAYMENT_RECEIVED, CREDITOR, DAY, "x",
        List.of(Posting.debit(TRUST_BANK, eur("10.00")))))
        .hasMessageContaining("at least two postings");
  }

  @Test
  void anEntryIsAboveZeroItsSideGivesTheDirection() {
    assertThatThrownBy(() -> Posting.debit(TRUST_BANK, eur("0.00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Posting.credit(TRUST_BANK, eur("-5.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCompensationMirrorsEveryPostingAndCancelsTheOriginal() {
    Movement original = new Movement(TransactionKind.PAYMENT_RECEIVED, CREDITOR, DAY, "cheque",
        List.of(Posting.debit(TRUST_BANK, eur("250.00")),
            Posting.credit(CREDITOR_PAYABLE, eur("250.00"))));

    Movement reversal = original.compensation(DAY.plusDays(9), "bounced cheque");

    assertThat(reversal.kind()).isEqualTo(TransactionKind.REVERSAL);
    assertThat(reversal.creditorId()).isEqualTo(CREDITOR);
    assertThat(reversal.valueDate()).isEqualTo(DAY.plusDays(9));
    assertThat(reversal.postings()).containsExactly(
        Posting.credit(TRUST_BANK, eur("250.00")), Posting.debit(CREDITOR_PAYABLE, eur("250.00")));
    List<LedgerLine> both = new java.util.ArrayList<>();
    for (Movement m : List.of(original, reversal)) {
      UUID tx = UUID.randomUUID();
      m.postings().forEach(p -> both.add(
          new LedgerLine(tx, CREDITOR, p.account(), p.side(), p.amount())));
    }
    assertThat(LedgerBalances.perCreditor(both))
        .allSatisfy(b -> assertThat(b.balance().isZero()).isTrue());
  }
}
