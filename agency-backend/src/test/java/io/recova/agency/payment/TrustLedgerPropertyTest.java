package io.recova.agency.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.cost.CostBearer;
import io.recova.agency.cost.CostMovements;
import io.recova.agency.cost.CostShare;
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
import net.jqwik.api.statistics.Statistics;

/**
 * For any sequence of payments (into the trust account or directly to the creditor), the fees
 * booked on them, costs the agency advances (split between the debtor, the creditor and the
 * agency), the debtor's repayments of them out of its payments (costs first), reversals of
 * payments (before or after their funds were remitted: a cheque bounces, a card is charged back
 * months later) and of costs, across several creditors, written as the services write them: the
 * ledger balances, no creditor's money lands on another (after every step, no creditor's
 * TRUST_BANK or CREDITOR_PAYABLE is below zero), what was collected in total is the sum of what
 * was collected for each creditor, and each creditor's funds divide to the cent, with remittance
 * runs paying out what is payable and netting fees, costs and reclaims along the way:
 *
 * <pre>
 * collected = remitted + fees + VAT + costs + held − feesOwed − reclaimOwed
 *   collected  the creditor's payments into the trust account, not reversed
 *   remitted   what remittances paid out (REMITTED)
 *   fees, VAT  AGENCY_FEE_INCOME and VAT_PAYABLE
 *   costs      costs repaid by the debtors through the trust account, plus the creditor's costs
 *              netted by remittances, less the costs refunded to it when a reversal cancelled a
 *              repayment it had settled
 *   held       CREDITOR_PAYABLE
 *   feesOwed   FEES_RECEIVABLE
 *   reclaimOwed REMITTANCE_RECLAIMABLE = reclaimed on reversals − reclaims netted by remittances
 * trust      TRUST_BANK = collected − remitted + advanced by the agency on reversals
 * </pre>
 */
class TrustLedgerPropertyTest {

  static final List<UUID> CREDITORS = List.of(
      UUID.fromString("00000000-0000-0000-0000-000000000001"),
      UUID.fromString("00000000-0000-0000-0000-000000000002"),
      UUID.fromString("00000000-0000-0000-0000-000000000003"));
  static final LocalDate DAY = LocalDate.of(2026, 1, 5);
  static final java.util.Currency EUR = java.util.Currency.getInstance("EUR");

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
      List<Integer> cuts, boolean judicial, CostStep cost) {

    /** A remittance run for one creditor: the step with no amount. */
    boolean remittance() {
      return !reversal && cents == 0 && cost == null;
    }
  }

  /**
   * A cost of {@code cents} advanced for a creditor's case, split by the cut (per mille) between
   * the debtor and the other bearer, the creditor or the agency; or the reversal of the n-th cost.
   */
  record CostStep(boolean reversal, long cents, int cut, boolean agencyBears, int target) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> payment = Combinators.combine(
            Arbitraries.integers().between(0, CREDITORS.size() - 1),
            Arbitraries.longs().between(1, 5_000_000_00L),
            Arbitraries.of(PaymentMethod.class),
            Arbitraries.integers().between(0, 1000).list().ofSize(3),
            Arbitraries.of(true, false))
        .as((c, cents, method, cuts, judicial) ->
            new Step(false, c, cents, method, 0, cuts, judicial, null));
    Arbitrary<Step> reversal = Arbitraries.integers().between(0, 60)
        .map(n -> new Step(true, 0, 0, null, n, List.of(), false, null));
    Arbitrary<Step> remittance = Arbitraries.integers().between(0, CREDITORS.size() - 1)
        .map(c -> new Step(false, c, 0, null, 0, List.of(), false, null));
    Arbitrary<Step> cost = Combinators.combine(
            Arbitraries.integers().between(0, CREDITORS.size() - 1),
            Arbitraries.longs().between(1, 5_000_00L),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.of(true, false))
        .as((c, cents, cut, agency) -> new Step(false, c, 0, null, 0, List.of(), false,
            new CostStep(false, cents, cut, agency, 0)));
    Arbitrary<Step> costReversal = Arbitraries.integers().between(0, 60)
        .map(n -> new Step(false, 0, 0, null, 0, List.of(), false,
            new CostStep(true, 0, 0, false, n)));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, payment),
            net.jqwik.api.Tuple.of(1, reversal), net.jqwik.api.Tuple.of(1, remittance),
            net.jqwik.api.Tuple.of(2, cost), net.jqwik.api.Tuple.of(1, costReversal))
        .list().ofMaxSize(60);
  }

  /** A payment as the model remembers it, with its fee and the fee's movement (if any). */
  record Posted(UUID creditor, Money amount, PaymentMethod method, Movement movement,
      FeeAssessment fee, Optional<Movement> feeMovement, Money recovered,
      Optional<Movement> recovery) {}

  /** A cost as the model remembers it. */
  record Advanced(UUID creditor, CostShare share, Movement movement) {}

  @Property(tries = 300)
  void theLedgerBalancesAndEveryCreditorGetsItsOwnMoney(@ForAll("steps") List<Step> steps) {
    List<Posted> payments = new ArrayList<>();
    List<Boolean> reversed = new ArrayList<>();
    java.util.Set<Integer> remitted = new java.util.HashSet<>();
    List<LedgerLine> lines = new ArrayList<>();
    Map<UUID, Money> advancedPerCreditor = new HashMap<>();
    Map<UUID, Money> reclaimedPerCreditor = new HashMap<>();
    Map<UUID, Money> reclaimNettedPerCreditor = new HashMap<>();
    Map<UUID, Money> costsRefundedPerCreditor = new HashMap<>();
    Map<UUID, Money> remittedPerCreditor = new HashMap<>();
    List<Advanced> costs = new ArrayList<>();
    List<Boolean> costReversed = new ArrayList<>();
    Map<UUID, Money> costsNettedPerCreditor = new HashMap<>();
    for (Step step : steps) {
      if (step.cost() != null && !step.cost().reversal()) {
        UUID creditor = CREDITORS.get(step.creditor());
        Money total = eur(step.cost().cents());
        Money debtor = eur(step.cost().cents() * step.cost().cut() / 1000);
        CostShare share = new CostShare(debtor, total.minus(debtor),
            step.cost().agencyBears() ? CostBearer.AGENCY : CostBearer.CREDITOR, "model");
        Movement m = CostMovements.advanced(creditor, share, DAY, "cost");
        costs.add(new Advanced(creditor, share, m));
        costReversed.add(false);
        write(m, lines);
      } else if (step.cost() != null) {
        if (costs.isEmpty()) {
          continue;
        }
        int i = step.cost().target() % costs.size();
        Advanced c = costs.get(i);
        // The service refuses to reverse a cost already repaid in part by the debtor, or whose
        // creditor share a remittance already deducted: money moved on it.
        boolean repaid = owedToAgency(costs, costReversed, payments, reversed, c.creditor())
            .minus(c.share().debtor()).isNegative();
        boolean rebilled = c.share().otherBearer() == CostBearer.CREDITOR
            && balance(LedgerBalances.perCreditor(lines), c.creditor(),
                LedgerAccount.COSTS_RECEIVABLE).minus(c.share().other()).isNegative();
        if (!costReversed.get(i) && !repaid && !rebilled) {
          costReversed.set(i, true);
          write(c.movement().compensation(DAY.plusDays(1), "entered by mistake"), lines);
        }
      } else if (step.remittance()) {
        // Everything cleared: the run pays what is payable, nets what is owed; the payments it
        // paid can no longer bounce.
        UUID creditor = CREDITORS.get(step.creditor());
        List<AccountBalance> now = LedgerBalances.perCreditor(lines);
        RemittanceFigures figures = RemittanceCalculator.compute(new CreditorFunds(creditor,
                balance(now, creditor, LedgerAccount.CREDITOR_PAYABLE),
                balance(now, creditor, LedgerAccount.FEES_RECEIVABLE),
                balance(now, creditor, LedgerAccount.COSTS_RECEIVABLE),
                balance(now, creditor, LedgerAccount.REMITTANCE_RECLAIMABLE),
                Money.of("0.00", "EUR"), List.of()),
            DAY, RemittanceCalculator.LEGAL_DELAY);
        RemittanceMovements.paid(creditor, figures.payout(), DAY, "remittance").ifPresent(m -> {
          write(m, lines);
          remittedPerCreditor.merge(creditor, figures.amount(), Money::plus);
          costsNettedPerCreditor.merge(creditor, figures.costsNetted(), Money::plus);
          reclaimNettedPerCreditor.merge(creditor, figures.reclaimedNetted(), Money::plus);
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
        PaymentAllocation allocation = allocate(amount, step.cuts());
        FeeAssessment fee = FeeCalculator.assess(SCHEDULES.get(step.creditor()), VAT,
            CollectedPayment.of(allocation,
                step.judicial() ? FeeStage.JUDICIAL : FeeStage.AMICABLE,
                collectedSoFar(payments, reversed, creditor),
                fileFeeCharged(payments, reversed, creditor)));
        // Costs first (D3): the payment's costs part repays the agency, up to what it is owed.
        Money owed = owedToAgency(costs, costReversed, payments, reversed, creditor);
        Money recovered = allocation.costs().compareTo(owed) <= 0 ? allocation.costs() : owed;
        Optional<Movement> recovery = recovered.isZero() ? Optional.empty()
            : Optional.of(CostMovements.recovered(creditor, recovered,
                step.method().intoTrustAccount(), DAY, "costs repaid"));
        Money funds = step.method().intoTrustAccount() ? amount.minus(recovered)
            : Money.of("0.00", "EUR");
        Optional<Movement> feeMovement = FeeMovements.charged(creditor, fee, funds, DAY, "fees");
        payments.add(new Posted(creditor, amount, step.method(), m, fee, feeMovement, recovered,
            recovery));
        reversed.add(false);
        write(m, lines);
        recovery.ifPresent(r -> write(r, lines));
        feeMovement.ifPresent(f -> write(f, lines));
      } else if (!payments.isEmpty()) {
        int i = step.target() % payments.size();
        if (!reversed.get(i)) {
          // The service refuses a second reversal of the same payment. A remitted payment can be
          // returned too (a chargeback months later): its creditor's funds are settled in the
          // same transaction, as Payments.reverse does.
          Statistics.label("reversal").collect(remitted.contains(i) ? "after its remittance"
              : "before any remittance");
          reversed.set(i, true);
          UUID creditor = payments.get(i).creditor();
          payments.get(i).feeMovement()
              .ifPresent(f -> write(f.compensation(DAY.plusDays(1), "fees of bounced"), lines));
          payments.get(i).recovery()
              .ifPresent(r -> write(r.compensation(DAY.plusDays(1), "costs of bounced"), lines));
          write(payments.get(i).movement().compensation(DAY.plusDays(1), "bounced"), lines);
          RemittedFundsReclaim reclaim = RemittedFundsReclaim.of(
              LedgerBalances.perCreditor(linesOf(lines, creditor)), EUR);
          reclaim.movement(creditor, DAY.plusDays(1), "reclaim").ifPresent(m -> write(m, lines));
          advancedPerCreditor.merge(creditor, reclaim.advanced(), Money::plus);
          reclaimedPerCreditor.merge(creditor, reclaim.reclaimed(), Money::plus);
          costsRefundedPerCreditor.merge(creditor, reclaim.costsRefunded(), Money::plus);
        }
      }
      // No creditor's money pays for another's, at any moment.
      List<AccountBalance> now = LedgerBalances.perCreditor(lines);
      for (UUID creditor : CREDITORS) {
        for (LedgerAccount funds : List.of(LedgerAccount.TRUST_BANK,
            LedgerAccount.CREDITOR_PAYABLE, LedgerAccount.FEES_RECEIVABLE,
            LedgerAccount.COSTS_RECEIVABLE, LedgerAccount.REMITTANCE_RECLAIMABLE)) {
          assertThat(balance(now, creditor, funds).isNegative())
              .as("%s of %s after %s", funds, creditor, step).isFalse();
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
    Map<UUID, Money> recoveredInTrust = new HashMap<>();
    Money zero = Money.of("0.00", "EUR");
    for (int i = 0; i < payments.size(); i++) {
      Posted p = payments.get(i);
      if (!reversed.get(i)) {
        (p.method().intoTrustAccount() ? trustPerCreditor : directPerCreditor)
            .merge(p.creditor(), p.amount(), Money::plus);
        if (p.method().intoTrustAccount()) {
          recoveredInTrust.merge(p.creditor(), p.recovered(), Money::plus);
        }
        incomePerCreditor.merge(p.creditor(), p.fee().agencyIncome(), Money::plus);
        vatPerCreditor.merge(p.creditor(), p.fee().vat(), Money::plus);
      }
    }
    List<AccountBalance> perCreditor = LedgerBalances.perCreditor(lines);
    Money collected = zero;
    for (UUID creditor : CREDITORS) {
      Money own = trustPerCreditor.getOrDefault(creditor, zero);
      Money paidOut = remittedPerCreditor.getOrDefault(creditor, zero);
      Money advancedOnReversals = advancedPerCreditor.getOrDefault(creditor, zero);
      assertThat(balance(perCreditor, creditor, LedgerAccount.TRUST_BANK))
          .isEqualTo(own.minus(paidOut).plus(advancedOnReversals));
      Money reclaimOwed = reclaimedPerCreditor.getOrDefault(creditor, zero)
          .minus(reclaimNettedPerCreditor.getOrDefault(creditor, zero));
      assertThat(balance(perCreditor, creditor, LedgerAccount.REMITTANCE_RECLAIMABLE))
          .isEqualTo(reclaimOwed);
      assertThat(balance(perCreditor, creditor, LedgerAccount.REMITTED)).isEqualTo(paidOut);
      Money income = balance(perCreditor, creditor, LedgerAccount.AGENCY_FEE_INCOME);
      Money vat = balance(perCreditor, creditor, LedgerAccount.VAT_PAYABLE);
      assertThat(income).isEqualTo(incomePerCreditor.getOrDefault(creditor, zero));
      assertThat(vat).isEqualTo(vatPerCreditor.getOrDefault(creditor, zero));
      // Collected = remitted + fees + VAT + costs (repaid by the debtors through the trust
      // account, and the creditor's share netted by remittances, less what reversals refunded)
      // + held (payable), less the fees the creditor still owes and the remitted funds of
      // returned payments it still owes back (see the class comment).
      Money costsKept = recoveredInTrust.getOrDefault(creditor, zero)
          .plus(costsNettedPerCreditor.getOrDefault(creditor, zero))
          .minus(costsRefundedPerCreditor.getOrDefault(creditor, zero));
      assertThat(balance(perCreditor, creditor, LedgerAccount.CREDITOR_PAYABLE)
              .plus(income).plus(vat).plus(paidOut).plus(costsKept)
              .minus(balance(perCreditor, creditor, LedgerAccount.FEES_RECEIVABLE))
              .minus(reclaimOwed))
          .isEqualTo(own);
      // The agency is owed back exactly what it advanced and nobody repaid it is not negative:
      // the advance stays the agency's money, never the creditor's.
      Money advanced = zero;
      Money debtorShares = zero;
      for (int i = 0; i < costs.size(); i++) {
        if (!costReversed.get(i) && costs.get(i).creditor().equals(creditor)) {
          advanced = advanced.plus(costs.get(i).share().debtor())
              .plus(costs.get(i).share().other());
          debtorShares = debtorShares.plus(costs.get(i).share().debtor());
        }
      }
      // Its advances: the costs, and what it put into the trust account on reversals.
      assertThat(balance(perCreditor, creditor, LedgerAccount.AGENCY_ADVANCES))
          .isEqualTo(advanced.plus(advancedOnReversals));
      Money owedByDebtor = balance(perCreditor, creditor, LedgerAccount.DEBTOR_COSTS_RECEIVABLE);
      assertThat(owedByDebtor)
          .isEqualTo(owedToAgency(costs, costReversed, payments, reversed, creditor));
      assertThat(owedByDebtor.isNegative()).isFalse();
      assertThat(owedByDebtor).isLessThanOrEqualTo(debtorShares);
      assertThat(balance(perCreditor, creditor, LedgerAccount.COSTS_RECEIVABLE).isNegative())
          .isFalse();
      assertThat(balance(perCreditor, creditor, LedgerAccount.DIRECT_COLLECTED))
          .isEqualTo(directPerCreditor.getOrDefault(creditor, zero));
      collected = collected.plus(own);
    }
    Money totalInBank = report.totals().stream()
        .filter(b -> b.account() == LedgerAccount.TRUST_BANK)
        .map(AccountBalance::balance).reduce(zero, Money::plus);
    Money totalRemitted = remittedPerCreditor.values().stream().reduce(zero, Money::plus);
    Money totalAdvanced = advancedPerCreditor.values().stream().reduce(zero, Money::plus);
    assertThat(totalInBank.plus(totalRemitted)).isEqualTo(collected.plus(totalAdvanced));
  }

  /** What the debtor of the creditor's case still owes the agency: its shares less repayments. */
  private static Money owedToAgency(List<Advanced> costs, List<Boolean> costReversed,
      List<Posted> payments, List<Boolean> reversed, UUID creditor) {
    Money owed = Money.of("0.00", "EUR");
    for (int i = 0; i < costs.size(); i++) {
      if (!costReversed.get(i) && costs.get(i).creditor().equals(creditor)) {
        owed = owed.plus(costs.get(i).share().debtor());
      }
    }
    for (int i = 0; i < payments.size(); i++) {
      if (!reversed.get(i) && payments.get(i).creditor().equals(creditor)) {
        owed = owed.minus(payments.get(i).recovered());
      }
    }
    return owed;
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

  private static List<LedgerLine> linesOf(List<LedgerLine> lines, UUID creditor) {
    return lines.stream().filter(l -> creditor.equals(l.creditorId())).toList();
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
