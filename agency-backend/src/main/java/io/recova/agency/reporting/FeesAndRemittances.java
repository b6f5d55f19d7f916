package io.recova.agency.reporting;

import io.recova.agency.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The managers' report of fees and remittances for a period: the ledger's movements of the period
 * summed by creditor, by collector and by month. Pure arithmetic over what the ledger holds.
 *
 * <p>The three groupings share one grand total, and {@link #of} checks it: their lines' amounts
 * and payments add up to it; their cases too by creditor and by collector (a case has one of
 * each), not by month (a case paid in two months counts in both); what awaits remittance at the
 * period end is the sum of the creditors' balances and the last month's closing balance.
 *
 * @param currency the currency of every amount: the report reads the ledger in one currency
 */
public record FeesAndRemittances(ReportPeriod period, Currency currency,
    ReportGrouping byCreditor, ReportGrouping byCollector, ReportGrouping byMonth) {

  public FeesAndRemittances {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(byCreditor, "byCreditor");
    Objects.requireNonNull(byCollector, "byCollector");
    Objects.requireNonNull(byMonth, "byMonth");
  }

  /** The grand total, the same in every grouping. */
  public ReportFigures total() {
    return byCreditor.total();
  }

  /**
   * @param opening the creditors' payable balances on the day before the period
   * @param movements the ledger transactions whose value date falls in the period
   * @throws IllegalStateException when the groupings do not come to the same total: a bug
   */
  public static FeesAndRemittances of(ReportPeriod period, Currency currency,
      List<CreditorBalance> opening, List<LedgerMovement> movements) {
    Money zero = Money.zero(currency);
    Money openingTotal = opening.stream().map(CreditorBalance::payable)
        .reduce(zero, Money::plus);
    Sum all = new Sum(currency);
    movements.forEach(all::add);
    ReportFigures total = all.figures(Optional.of(openingTotal.plus(all.payableChange)));

    Map<String, Sum> creditors = new LinkedHashMap<>();
    Map<String, Money> openingOf = new LinkedHashMap<>();
    for (CreditorBalance b : opening) {
      creditors.computeIfAbsent(b.creditorId().toString(), k -> new Sum(currency))
          .label = b.creditorName();
      openingOf.merge(b.creditorId().toString(), b.payable(), Money::plus);
    }
    for (LedgerMovement m : movements) {
      Sum s = creditors.computeIfAbsent(m.creditorId().toString(), k -> new Sum(currency));
      s.label = m.creditorName();
      s.add(m);
    }
    List<ReportLine> byCreditor = lines(creditors,
        (key, s) -> Optional.of(openingOf.getOrDefault(key, zero).plus(s.payableChange)));

    Map<String, Sum> collectors = new LinkedHashMap<>();
    for (LedgerMovement m : movements) {
      Sum s = collectors.computeIfAbsent(m.collector(), k -> new Sum(currency));
      s.label = m.collector();
      s.add(m);
    }
    List<ReportLine> byCollector = lines(collectors, (key, s) -> Optional.empty());

    Map<String, Sum> months = new LinkedHashMap<>();
    period.months().forEach(month -> months.put(month.toString(), new Sum(currency)));
    for (LedgerMovement m : movements) {
      Sum month = months.get(YearMonth.from(m.valueDate()).toString());
      if (month == null) {
        throw new IllegalArgumentException("A movement of " + m.valueDate()
            + " is outside the period " + period);
      }
      month.add(m);
    }
    List<ReportLine> byMonth = new ArrayList<>();
    Money closing = openingTotal;
    for (Map.Entry<String, Sum> e : months.entrySet()) {
      closing = closing.plus(e.getValue().payableChange);
      byMonth.add(new ReportLine(e.getKey(), e.getKey(),
          e.getValue().figures(Optional.of(closing))));
    }

    FeesAndRemittances report = new FeesAndRemittances(period, currency,
        new ReportGrouping(sorted(byCreditor), total),
        new ReportGrouping(sorted(byCollector), total.awaiting(Optional.empty())),
        new ReportGrouping(byMonth, total));
    report.checkTotals();
    return report;
  }

  /** Throws when a grouping's lines do not add up to the grand total. */
  void checkTotals() {
    ReportFigures total = total();
    Money zero = Money.zero(currency);
    for (ReportGrouping g : List.of(byCreditor, byCollector, byMonth)) {
      ReportFigures sum = ReportFigures.zero(currency);
      for (ReportLine l : g.lines()) {
        sum = sum.plus(l.figures());
      }
      if (!sum.sameFlowsAs(total)) {
        throw new IllegalStateException("A grouping's lines add up to " + sum
            + ", not to the total " + total);
      }
    }
    int creditorCases = byCreditor.lines().stream().mapToInt(l -> l.figures().cases()).sum();
    int collectorCases = byCollector.lines().stream().mapToInt(l -> l.figures().cases()).sum();
    Money awaiting = byCreditor.lines().stream()
        .map(l -> l.figures().awaitingRemittance().orElseThrow()).reduce(zero, Money::plus);
    Optional<Money> lastMonth = byMonth.lines().isEmpty() ? Optional.empty()
        : byMonth.lines().get(byMonth.lines().size() - 1).figures().awaitingRemittance();
    if (creditorCases != total.cases() || collectorCases != total.cases()
        || !Optional.of(awaiting).equals(total.awaitingRemittance())
        || !lastMonth.equals(total.awaitingRemittance())) {
      throw new IllegalStateException("The groupings' cases or balances disagree with the total "
          + total);
    }
  }

  private static List<ReportLine> lines(Map<String, Sum> sums,
      java.util.function.BiFunction<String, Sum, Optional<Money>> awaiting) {
    List<ReportLine> lines = new ArrayList<>();
    sums.forEach((key, s) -> lines.add(new ReportLine(key, s.label,
        s.figures(awaiting.apply(key, s)))));
    return lines;
  }

  /** By label, as a reader looks a name up; the line without a label last. */
  private static List<ReportLine> sorted(List<ReportLine> lines) {
    Function<ReportLine, String> label = ReportLine::label;
    return lines.stream().sorted(Comparator.comparing(label,
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
        .thenComparing(ReportLine::key, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** A running sum of movements: their flows, their cases, their change of the payable. */
  private static final class Sum {
    private ReportFigures flows;
    private final Set<UUID> cases = new HashSet<>();
    private Money payableChange;
    private String label;

    Sum(Currency currency) {
      flows = ReportFigures.zero(currency);
      payableChange = Money.zero(currency);
    }

    void add(LedgerMovement m) {
      flows = flows.plus(m);
      payableChange = payableChange.plus(m.payableChange());
      if (m.collectsOnCase()) {
        cases.add(m.caseId());
      }
    }

    ReportFigures figures(Optional<Money> awaiting) {
      return flows.awaiting(awaiting).withCases(cases.size());
    }
  }
}
