package io.recova.agency.ledger;

import static io.recova.agency.ledger.LedgerAccount.CREDITOR_PAYABLE;
import static io.recova.agency.ledger.LedgerAccount.TRUST_BANK;
import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerVerificationTest {

  static final UUID MARTIN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID DUPONT = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static List<LedgerLine> payment(UUID creditor, String amount) {
    UUID tx = UUID.randomUUID();
    return List.of(new LedgerLine(tx, creditor, TRUST_BANK, Side.DEBIT, eur(amount)),
        new LedgerLine(tx, creditor, CREDITOR_PAYABLE, Side.CREDIT, eur(amount)));
  }

  static LedgerVerification.Report verify(List<LedgerLine> lines) {
    return LedgerVerification.check(lines, LedgerBalances.totals(lines));
  }

  @Test
  void aLedgerOfBalancedPaymentsIsBalanced() {
    List<LedgerLine> lines = new ArrayList<>(payment(MARTIN, "1000.00"));
    lines.addAll(payment(DUPONT, "250.50"));

    LedgerVerification.Report report = verify(lines);

    assertThat(report.problems()).isEmpty();
    assertThat(report.balanced()).isTrue();
    assertThat(report.transactions()).isEqualTo(2);
    assertThat(report.entries()).isEqualTo(4);
    assertThat(report.totals()).contains(
        AccountBalance.of(null, TRUST_BANK, eur("1250.50"), eur("0.00")));
  }

  @Test
  void anUnbalancedTransactionIsNamed() {
    UUID tx = UUID.randomUUID();
    List<LedgerLine> lines = List.of(
        new LedgerLine(tx, MARTIN, TRUST_BANK, Side.DEBIT, eur("100.00")),
        new LedgerLine(tx, MARTIN, CREDITOR_PAYABLE, Side.CREDIT, eur("90.00")));

    LedgerVerification.Report report = verify(lines);

    assertThat(report.balanced()).isFalse();
    assertThat(report.problems()).anyMatch(p -> p.contains(tx.toString())
        && p.contains("does not balance") && p.contains("10.00"));
  }

  @Test
  void aTransactionWithOneEntryIsReported() {
    UUID tx = UUID.randomUUID();
    LedgerVerification.Report report = verify(List.of(
        new LedgerLine(tx, MARTIN, TRUST_BANK, Side.DEBIT, eur("100.00"))));

    assertThat(report.problems()).anyMatch(p -> p.contains("single entry"));
  }

  @Test
  void keptBalancesAreCheckedAgainstTheEntries() {
    List<LedgerLine> lines = new ArrayList<>(payment(MARTIN, "100.00"));
    lines.addAll(payment(MARTIN, "20.00"));
    lines.addAll(payment(DUPONT, "5.00"));
    LedgerVerification agreeing = new LedgerVerification(Map.of());
    LedgerVerification disagreeing = new LedgerVerification(Map.of());
    for (int i = 0; i < lines.size(); i += 2) {
      agreeing.add(lines.subList(i, i + 2));
      disagreeing.add(lines.subList(i, i + 2));
    }
    List<AccountBalance> kept = LedgerBalances.perCreditor(lines);
    // Martin's payable as a trigger that missed the second payment would have kept it, and
    // Dupont's balances lost altogether.
    List<AccountBalance> wrong = List.of(
        AccountBalance.of(MARTIN, TRUST_BANK, eur("120.00"), eur("0.00")),
        AccountBalance.of(MARTIN, CREDITOR_PAYABLE, eur("0.00"), eur("100.00")));

    LedgerVerification.Report good = agreeing.report(LedgerBalances.totals(lines), kept);
    LedgerVerification.Report bad = disagreeing.report(LedgerBalances.totals(lines), wrong);

    assertThat(good.problems()).isEmpty();
    assertThat(bad.balanced()).isFalse();
    assertThat(bad.problems()).hasSize(3)
        .anyMatch(p -> p.contains("creditor " + MARTIN + " CREDITOR_PAYABLE EUR")
            && p.contains("credits 100.00") && p.contains("credits 120.00"))
        .anyMatch(p -> p.contains("creditor " + DUPONT + " TRUST_BANK EUR")
            && p.contains("is nothing"))
        .anyMatch(p -> p.contains("creditor " + DUPONT + " CREDITOR_PAYABLE EUR"));
  }

  @Test
  void totalsThatDifferFromTheSumOfTheCreditorsAreReported() {
    List<LedgerLine> lines = payment(MARTIN, "100.00");
    List<AccountBalance> wrongTotals = List.of(
        AccountBalance.of(null, TRUST_BANK, eur("100.01"), eur("0.00")),
        AccountBalance.of(null, CREDITOR_PAYABLE, eur("0.00"), eur("100.00")));

    LedgerVerification.Report report = LedgerVerification.check(lines, wrongTotals);

    assertThat(report.problems()).singleElement().asString()
        .contains("TRUST_BANK EUR", "100.00", "100.01");
  }

  @Test
  void aCreditorWhoseFundsAreOverdrawnIsReported() {
    // A cheque reversed twice: MARTIN's payable would be paid with DUPONT's money.
    List<LedgerLine> lines = new ArrayList<>(payment(MARTIN, "100.00"));
    lines.addAll(payment(DUPONT, "500.00"));
    for (int i = 0; i < 2; i++) {
      UUID tx = UUID.randomUUID();
      lines.add(new LedgerLine(tx, MARTIN, TRUST_BANK, Side.CREDIT, eur("100.00")));
      lines.add(new LedgerLine(tx, MARTIN, CREDITOR_PAYABLE, Side.DEBIT, eur("100.00")));
    }

    LedgerVerification.Report report = verify(lines);

    assertThat(report.balanced()).isFalse();
    assertThat(report.problems()).anyMatch(p -> p.contains("CREDITOR_PAYABLE of creditor "
        + MARTIN + " is overdrawn by 100.00 EUR"));
    assertThat(report.problems()).noneMatch(p -> p.contains(DUPONT.toString()));
  }

  @Test
  void aReversalMustCancelExactlyTheTransactionItReverses() {
    List<LedgerLine> lines = new ArrayList<>(payment(MARTIN, "100.00"));
    UUID original = lines.get(0).transactionId();
    UUID exact = UUID.randomUUID();
    lines.add(new LedgerLine(exact, MARTIN, TRUST_BANK, Side.CREDIT, eur("100.00")));
    lines.add(new LedgerLine(exact, MARTIN, CREDITOR_PAYABLE, Side.DEBIT, eur("100.00")));
    assertThat(LedgerVerification.check(lines, LedgerBalances.totals(lines),
        java.util.Map.of(exact, original)).problems()).isEmpty();

    lines.addAll(payment(MARTIN, "40.00"));
    UUID partial = UUID.randomUUID();
    lines.add(new LedgerLine(partial, MARTIN, TRUST_BANK, Side.CREDIT, eur("30.00")));
    lines.add(new LedgerLine(partial, MARTIN, CREDITOR_PAYABLE, Side.DEBIT, eur("30.00")));
    UUID second = lines.get(4).transactionId();

    LedgerVerification.Report report = LedgerVerification.check(lines,
        LedgerBalances.totals(lines), java.util.Map.of(exact, original, partial, second));

    assertThat(report.problems()).singleElement().asString()
        .contains(partial.toString(), "does not exactly cancel", second.toString());
  }

  /**
   * Fed a transaction at a time, in any order (the ledger read in slices), the verification finds
   * what the whole list shows, and the totals are the same.
   */
  @Test
  void transactionsGivenOneAtATimeInAnyOrderGiveTheSameReport() {
    List<LedgerLine> lines = new ArrayList<>(payment(MARTIN, "100.00"));
    lines.addAll(payment(DUPONT, "70.00"));
    UUID unbalanced = UUID.randomUUID();
    lines.add(new LedgerLine(unbalanced, DUPONT, TRUST_BANK, Side.DEBIT, eur("10.00")));
    lines.add(new LedgerLine(unbalanced, DUPONT, CREDITOR_PAYABLE, Side.CREDIT, eur("9.00")));
    UUID original = lines.get(0).transactionId();
    UUID reversal = UUID.randomUUID();
    lines.add(new LedgerLine(reversal, MARTIN, TRUST_BANK, Side.CREDIT, eur("100.00")));
    lines.add(new LedgerLine(reversal, MARTIN, CREDITOR_PAYABLE, Side.DEBIT, eur("100.00")));
    java.util.Map<UUID, UUID> reversals = java.util.Map.of(reversal, original);
    LedgerVerification.Report whole = LedgerVerification.check(lines,
        LedgerBalances.totals(lines), reversals);

    LedgerVerification sliced = new LedgerVerification(reversals);
    // The reversal before the transaction it reverses, the unbalanced one in between
    sliced.add(lines.subList(6, 8));
    sliced.add(lines.subList(4, 6));
    sliced.add(lines.subList(2, 4));
    sliced.add(lines.subList(0, 2));
    LedgerVerification.Report report = sliced.report(LedgerBalances.totals(lines));

    assertThat(report.problems()).containsExactly(
        "Transaction " + unbalanced + " does not balance in EUR: debits exceed credits by 1.00"
            + " EUR",
        "The entries of creditor " + DUPONT + " do not balance in EUR (1.00 EUR)");
    assertThat(report.problems()).isEqualTo(whole.problems());
    assertThat(report.totals()).isEqualTo(whole.totals());
    assertThat(report.transactions()).isEqualTo(4);
    assertThat(report.entries()).isEqualTo(8);
  }

  @Test
  void aTransactionIsGivenWithItsOwnEntriesOnly() {
    List<LedgerLine> mixed = new ArrayList<>(payment(MARTIN, "5.00").subList(0, 1));
    mixed.addAll(payment(MARTIN, "5.00").subList(1, 2));

    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> new LedgerVerification(Map.of()).add(mixed)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
