package io.recova.agency.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.ledger.AccountBalance;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.money.Money;
import io.recova.agency.payment.PaymentMethod;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FundsMarkTest {

  private static final UUID CREDITOR = UUID.randomUUID();
  private static final Period MONTH = Period.ofMonths(1);

  private static AccountBalance balance(LedgerAccount account, String debits, String credits) {
    Money d = Money.of(debits, "EUR");
    Money c = Money.of(credits, "EUR");
    return new AccountBalance(CREDITOR, account, "EUR", d, c, c.minus(d));
  }

  private static final List<AccountBalance> BEFORE = List.of(
      balance(LedgerAccount.CREDITOR_PAYABLE, "100.00", "820.00"),
      balance(LedgerAccount.TRUST_BANK, "1000.00", "100.00"));

  @Test
  void theSameBalancesGiveTheSameMarkInWhateverOrder() {
    FundsMark mark = FundsMark.of(BEFORE, MONTH, ClearingDelays.defaults());

    assertThat(FundsMark.of(List.of(BEFORE.get(1), BEFORE.get(0)), MONTH,
        ClearingDelays.defaults())).isEqualTo(mark);
    assertThat(mark.value()).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void aMovementOfTheCreditorsFundsChangesTheMark() {
    FundsMark mark = FundsMark.of(BEFORE, MONTH, ClearingDelays.defaults());
    // A payment of 0.01 more: its debit to the bank and its credit to the payable.
    List<AccountBalance> after = List.of(
        balance(LedgerAccount.CREDITOR_PAYABLE, "100.00", "820.01"),
        balance(LedgerAccount.TRUST_BANK, "1000.01", "100.00"));

    assertThat(FundsMark.of(after, MONTH, ClearingDelays.defaults())).isNotEqualTo(mark);
    // A first entry on an account the creditor had none on.
    assertThat(FundsMark.of(List.of(BEFORE.get(0), BEFORE.get(1),
            balance(LedgerAccount.FEES_RECEIVABLE, "0.01", "0.00")), MONTH,
        ClearingDelays.defaults())).isNotEqualTo(mark);
  }

  @Test
  void anotherRemittanceDelayOrClearingDelayChangesTheMark() {
    FundsMark mark = FundsMark.of(BEFORE, MONTH, ClearingDelays.defaults());

    assertThat(FundsMark.of(BEFORE, Period.ofDays(10), ClearingDelays.defaults()))
        .isNotEqualTo(mark);
    assertThat(FundsMark.of(BEFORE, MONTH, new ClearingDelays(Map.of(
        PaymentMethod.BANK_TRANSFER, 0, PaymentMethod.CARD, 2, PaymentMethod.CHEQUE, 15,
        PaymentMethod.CASH, 0)))).isNotEqualTo(mark);
  }
}
