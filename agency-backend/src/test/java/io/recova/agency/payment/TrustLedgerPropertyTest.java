package io.recova.agency.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.fee.CollectedPayment;
import io.recova.agency.fee.FeeAssessment;
import io.recova.agency.fee.FeeCalculator;
import io.recova.agency.fee.FeeMovements;
import io.recova.agency.fee.FeeStage;
import io.recova.agency.fee.VatRateTable;
import io.recova.agency.ledger.AccountBalance;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.LedgerBalances;
import io.recova.agency.ledger.LedgerLine;
import io.recova.agency.ledger.LedgerVerification;
import io.recova.agency.ledger.Movement;
import io.recova.agency.mandate.FeeRate;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.mandate.FeeTier;
import io.recova.agency.mandate.KeptBy;
import io.recova.agency.money.Money;
import io.recova.agency.remittance.CreditorFunds;
import io.recova.agency.remittance.RemittanceCalculator;
import io.recova.agency.remittance.RemittanceFigures;
import io.recova.agency.remittance.RemittanceMovements;
import io.recova.agency.valuation.PaymentAllocation;
import io.recova.agency.valuation.ReceivedPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any sequence of payments (into the trust account or directly to the creditor), the fees
 * booked on them and reversals across several creditors, written as the payments and the fee
 * bookings write them: the ledger balances, no creditor's money lands on another, what was
 * collected in total is the sum of what was collected for each creditor, and each creditor's
 * funds divide to the cent: collected = payable + fees + VAT + remitted (less what the creditor
 * owes), with remittance runs paying out what is payable along the way.
 */
class TrustLedgerPropertyTest {

  static final List<UUID> CREDITORS = List.of(
      UUID.fromString("00000000-0000-0000-0000-000000000001"),
      UUID.fromString("00000000-0000-0000-0000-000000000002"),
      UUID.fromString("00000000-0000-0000-0000-000000000003"));
  static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  static final VatRateTable VAT =
      VatRateTable.of(Map.of(LocalDate.of(2014, 1, 1), new BigDecimal("20.00")));
  /** Each creditor's mandate: flat, tiered with a file fee, keeping the accessories. */
  static final List<FeeSchedule> SCHEDULES = List.of(
      FeeSchedule.flat(FeeRate.ofPercent(new BigDecimal("15")),
          FeeRate.ofPercent(new BigDecimal("20"))),
      new FeeSchedule(FeeRate.ofPercent(new BigDecimal("15")),
          FeeRate.ofPercent(new BigDecimal("20")),
          List.of(new FeeTier(new BigDecimal("5000.00"), FeeRate.ofPercent(new BigDecimal("10")),
              FeeRate.ofPercent(new BigDecimal("12")))),
          Money.of("30.00", "EUR"), Money.of("0.00", "EUR"), KeptBy.CREDITOR, KeptBy.CREDITOR),
      new FeeSchedule(FeeRate.ofPercent(new BigDecimal("12.5")),
          FeeRate.ofPercent(new BigDecimal("18")), List.of(), Money.of("45.00", "EUR"),
          Money.of("0.00", "EUR"), KeptBy.AGENCY, KeptBy.AGENCY));

  /**
   * A payment of {@code cents} for a creditor, split into costs, interest, indemnity and
   * principal by the three cuts (per mille), or the reversal of the n-th payment so far.
   */
  record Step(boolean reversal, int creditor, long cents, PaymentMethod method, int target,
      List<Integer> cuts, boolean judicial) {

    /** A remittance run for one creditor: the step with no amount. */
    boolean remittance() {
      return !reversal && cents == 0;
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> payment = Combinators.combine(
            Arbitraries.integers().between(0, CREDITORS.size() - 1),
            Arbitraries.longs().between(1, 5_000_000_00L),
            Arbitraries.of(PaymentMethod.class),
            Arbitraries.integers().between(0, 1000).list().ofSize(3),
            Arbitraries.of(true, false))
        .as((c, cents, method, cuts, judicial) ->
            new Step(false, c, cents, method, 0, cuts, judicial));
    Arbitrary<Step> reversal = Arbitraries.integers().between(0, 60)
        .map(n -> new Step(true, 0, 0, null, n, List.of(), false));
    Arbitrary<Step> remittance = Arbitraries.integers().between(0, CREDITORS.size() - 1)
        .map(c -> new Step(false, c, 0, null, 0, List.of(), false));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, payment),
            net.jqwik.api.Tuple.of(1, reversal), net.jqwik.api.Tuple.of(1, remittance))
        .list().ofMaxSize(60);
  }

  /** A payment as the model remembers it, with its fee and the fee's movement (if any). */
  record Posted(UUID creditor, Money amount, PaymentMethod method, Movement movement,
      FeeAssessment fee, Optional<Movement> feeMovement) {}

  @Property(tries = 300)
  void theLedgerBalancesAndEveryCreditorGetsItsOwnMoney(@ForAll("steps") List<Step> steps) {
    List<Posted> payments = new ArrayList<>();
    List<Boolean> reversed = new ArrayList<>();
    java.util.Set<Integer> remitted = new java.util.HashSet<>();
    List<LedgerLine> lines = new ArrayList<>();
    Map<UUID, Money> remittedPerCreditor = new HashMap<>();
    for (Step step : steps) {
      if (step.remittance()) {
        // Everything cleared: the run pays what is payable, nets what is owed; the payments it
        // paid can no longer bounce.
        UUID creditor = CREDITORS.get(step.creditor());
        List<AccountBalance> now = LedgerBalances.perCreditor(lines);
        RemittanceFigures figures = RemittanceCalculator.compute(new CreditorFunds(creditor,
                balance(now, creditor, LedgerAccount.CREDITOR_PAYABLE),
                balance(now, creditor, LedgerAccount.FEES_RECEIVABLE), Money.of("0.00", "EUR"),
                List.of()),
            DAY, RemittanceCalculator.LEGAL_DELAY);
        RemittanceMovements.paid(creditor, figures, DAY, "remittance").ifPresent(m -> {
          write(m, lines);
          remittedPerCreditor.merge(creditor, figures.amount(), Money::plus);
        });
        for (int i = 0; i < payments.size(); i++) {
          if (payments.get(i).creditor().equals(creditor)) {
            remitted.add(i);
          }
        }
      } else if (!step.reversal()) {
        UUID creditor = CREDITORS.get(step.creditor());
        Money amount = Money.of(BigDecimal.valueOf(step.cents(), 2),
            java.util.Currency.getInstance("EUR"));
        Movement m = PaymentMovements.received(creditor, amount, step.method(), DAY, "payment");
        FeeAssessment fee = FeeCalculator.assess(SCHEDULES.get(step.creditor()), VAT,
            CollectedPayment.of(allocate(amount, step.cuts()),
                step.judicial() ? FeeStage.JUDICIAL : FeeStage.AMICABLE,
                collectedSoFar(payments, reversed, creditor),
                fileFeeCharged(payments, reversed, creditor)));
        Money funds = step.method().intoTrustAccount() ? amount : Money.of("0.00", "EUR");
        Optional<Movement> feeMovement = FeeMovements.charged(creditor, fee, funds, DAY, "fees");
        payments.add(new Posted(creditor, amount, step.method(), m, fee, feeMovement));
        reversed.add(false);
        write(m, lines);
        feeMovement.ifPresent(f -> write(f, lines));
      } else if (!payments.isEmpty()) {
        int i = step.target() % payments.size();
        if (!reversed.get(i) && !remitted.contains(i)) {
          // The service refuses a second reversal of the same payment; a remitted payment had
          // cleared, and cleared money does not bounce.
          reversed.set(i, true);
          payments.get(i).feeMovement()
              .ifPresent(f -> write(f.compensation(DAY.plusDays(1), "fees of bounced"), lines));
          write(payments.get(i).movement().compensation(DAY.plusDays(1), "bounced"), lines);
        }
      }
    }

    LedgerVerification.Report report = LedgerVerification.check(lines,
        LedgerBalances.totals(lines));
    assertThat(report.problems()).isEmpty();

    Map<UUID, Money> trustPerCreditor = new HashMap<>();
    Map<UUID, Money> directPerCreditor = new HashMap<>();
    Map<UUID, Money> incomePerCreditor = new HashMap<>();
    Map<UUID, Money> vatPerCreditor = new HashMap<>();
    Money zero = Money.of("0.00", "EUR");
    for (int i = 0; i < payments.size(); i++) {
      Posted p = payments.get(i);
      if (!reversed.get(i)) {
        (p.method().intoTrustAccount() ? trustPerCreditor : directPerCreditor)
            .merge(p.creditor(), p.amount(), Money::plus);
        incomePerCreditor.merge(p.creditor(), p.fee().agencyIncome(), Money::plus);
        vatPerCreditor.merge(p.creditor(), p.fee().vat(), Money::plus);
      }
    }
    List<AccountBalance> perCreditor = LedgerBalances.perCreditor(lines);
    Money collected = zero;
    for (UUID creditor : CREDITORS) {
      Money own = trustPerCreditor.getOrDefault(creditor, zero);
      Money paidOut = remittedPerCreditor.getOrDefault(creditor, zero);
      assertThat(balance(perCreditor, creditor, LedgerAccount.TRUST_BANK))
          .isEqualTo(own.minus(paidOut));
      assertThat(balance(perCreditor, creditor, LedgerAccount.REMITTED)).isEqualTo(paidOut);
      Money income = balance(perCreditor, creditor, LedgerAccount.AGENCY_FEE_INCOME);
      Money vat = balance(perCreditor, creditor, LedgerAccount.VAT_PAYABLE);
      assertThat(income).isEqualTo(incomePerCreditor.getOrDefault(creditor, zero));
      assertThat(vat).isEqualTo(vatPerCreditor.getOrDefault(creditor, zero));
      // Collected = payable + fees + VAT + remitted, less the fees the creditor still owes.
      assertThat(balance(perCreditor, creditor, LedgerAccount.CREDITOR_PAYABLE)
              .plus(income).plus(vat).plus(paidOut)
              .minus(balance(perCreditor, creditor, LedgerAccount.FEES_RECEIVABLE)))
          .isEqualTo(own);
      assertThat(balance(perCreditor, creditor, LedgerAccount.DIRECT_COLLECTED))
          .isEqualTo(directPerCreditor.getOrDefault(creditor, zero));
      collected = collected.plus(own);
    }
    Money totalInBank = report.totals().stream()
        .filter(b -> b.account() == LedgerAccount.TRUST_BANK)
        .map(AccountBalance::balance).reduce(zero, Money::plus);
    Money totalRemitted = remittedPerCreditor.values().stream().reduce(zero, Money::plus);
    assertThat(totalInBank.plus(totalRemitted)).isEqualTo(collected);
  }

  /** The payment split by the cuts: costs, interest, indemnity, principal, nothing held. */
  private static PaymentAllocation allocate(Money amount, List<Integer> cuts) {
    List<Integer> sorted = cuts.stream().sorted().toList();
    long cents = amount.amount().movePointRight(2).longValueExact();
    long a = cents * sorted.get(0) / 1000;
    long b = cents * sorted.get(1) / 1000;
    long c = cents * sorted.get(2) / 1000;
    return new PaymentAllocation(new ReceivedPayment(DAY, amount, null), eur(a), eur(b - a),
        eur(c - b), eur(cents - c), eur(0));
  }

  private static Money eur(long cents) {
    return Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR"));
  }

  /** The case's cumulative fee base: one case per creditor, reversed payments left out. */
  private static Money collectedSoFar(List<Posted> payments, List<Boolean> reversed,
      UUID creditor) {
    Money sum = Money.of("0.00", "EUR");
    for (int i = 0; i < payments.size(); i++) {
      if (!reversed.get(i) && payments.get(i).creditor().equals(creditor)) {
        sum = sum.plus(payments.get(i).fee().feeBase());
      }
    }
    return sum;
  }

  private static boolean fileFeeCharged(List<Posted> payments, List<Boolean> reversed,
      UUID creditor) {
    for (int i = 0; i < payments.size(); i++) {
      if (!reversed.get(i) && payments.get(i).creditor().equals(creditor)
          && payments.get(i).fee().fileFeeCharged()) {
        return true;
      }
    }
    return false;
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
