package io.recova.agency.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.ledger.AccountBalance;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.LedgerBalances;
import io.recova.agency.ledger.LedgerLine;
import io.recova.agency.ledger.LedgerVerification;
import io.recova.agency.ledger.Movement;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any sequence of payments (into the trust account or directly to the creditor) and
 * reversals across several creditors, written as the payments write them: the ledger balances,
 * no creditor's money lands on another, and what was collected in total is the sum of what was
 * collected for each creditor.
 */
class TrustLedgerPropertyTest {

  static final List<UUID> CREDITORS = List.of(
      UUID.fromString("00000000-0000-0000-0000-000000000001"),
      UUID.fromString("00000000-0000-0000-0000-000000000002"),
      UUID.fromString("00000000-0000-0000-0000-000000000003"));
  static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  /** A payment of {@code cents} for a creditor, or the reversal of the n-th payment so far. */
  record Step(boolean reversal, int creditor, long cents, PaymentMethod method, int target) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> payment = Combinators.combine(
            Arbitraries.integers().between(0, CREDITORS.size() - 1),
            Arbitraries.longs().between(1, 5_000_000_00L),
            Arbitraries.of(PaymentMethod.class))
        .as((c, cents, method) -> new Step(false, c, cents, method, 0));
    Arbitrary<Step> reversal = Arbitraries.integers().between(0, 60)
        .map(n -> new Step(true, 0, 0, null, n));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, payment), net.jqwik.api.Tuple.of(1, reversal))
        .list().ofMaxSize(60);
  }

  /** A payment as the model remembers it. */
  record Posted(UUID creditor, Money amount, PaymentMethod method, Movement movement) {}

  @Property(tries = 300)
  void theLedgerBalancesAndEveryCreditorGetsItsOwnMoney(@ForAll("steps") List<Step> steps) {
    List<Posted> payments = new ArrayList<>();
    List<Boolean> reversed = new ArrayList<>();
    List<LedgerLine> lines = new ArrayList<>();
    for (Step step : steps) {
      if (!step.reversal()) {
        UUID creditor = CREDITORS.get(step.creditor());
        Money amount = Money.of(BigDecimal.valueOf(step.cents(), 2),
            java.util.Currency.getInstance("EUR"));
        Movement m = PaymentMovements.received(creditor, amount, step.method(), DAY, "payment");
        payments.add(new Posted(creditor, amount, step.method(), m));
        reversed.add(false);
        write(m, lines);
      } else if (!payments.isEmpty()) {
        int i = step.target() % payments.size();
        if (!reversed.get(i)) {
          // The service refuses a second reversal of the same payment.
          reversed.set(i, true);
          write(payments.get(i).movement().compensation(DAY.plusDays(1), "bounced"), lines);
        }
      }
    }

    LedgerVerification.Report report = LedgerVerification.check(lines,
        LedgerBalances.totals(lines));
    assertThat(report.problems()).isEmpty();

    Map<UUID, Money> trustPerCreditor = new HashMap<>();
    Map<UUID, Money> directPerCreditor = new HashMap<>();
    Money zero = Money.of("0.00", "EUR");
    for (int i = 0; i < payments.size(); i++) {
      Posted p = payments.get(i);
      if (!reversed.get(i)) {
        (p.method().intoTrustAccount() ? trustPerCreditor : directPerCreditor)
            .merge(p.creditor(), p.amount(), Money::plus);
      }
    }
    List<AccountBalance> perCreditor = LedgerBalances.perCreditor(lines);
    Money collected = zero;
    for (UUID creditor : CREDITORS) {
      Money own = trustPerCreditor.getOrDefault(creditor, zero);
      assertThat(balance(perCreditor, creditor, LedgerAccount.TRUST_BANK)).isEqualTo(own);
      assertThat(balance(perCreditor, creditor, LedgerAccount.CREDITOR_PAYABLE)).isEqualTo(own);
      assertThat(balance(perCreditor, creditor, LedgerAccount.DIRECT_COLLECTED))
          .isEqualTo(directPerCreditor.getOrDefault(creditor, zero));
      collected = collected.plus(own);
    }
    Money totalInBank = report.totals().stream()
        .filter(b -> b.account() == LedgerAccount.TRUST_BANK)
        .map(AccountBalance::balance).reduce(zero, Money::plus);
    assertThat(totalInBank).isEqualTo(collected);
  }

  private static void write(Movement m, List<LedgerLine> lines) {
    UUID tx = UUID.randomUUID();
    m.postings().forEach(p -> lines.add(
        new LedgerLine(tx, m.creditorId(), p.account(), p.side(), p.amount())));
  }

  private static Money balance(List<AccountBalance> balances, UUID creditor,
      LedgerAccount account) {
    return balances.stream()
        .filter(b -> creditor.equals(b.creditorId()) && b.account() == account)
        .map(AccountBalance::balance)
        .findFirst().orElse(Money.of("0.00", "EUR"));
  }
}
