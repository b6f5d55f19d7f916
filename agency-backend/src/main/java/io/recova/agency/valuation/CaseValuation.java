package io.recova.agency.valuation;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Values a dossier at a date under French rules: late interest per claim (B2B penalties from the
 * due date, legal interest from the formal notice or the judgment), the fixed recovery indemnity,
 * costs, and every payment allocated per DOMAIN D3 (costs first, then claim by claim, designated
 * claim first then oldest due date; within a claim interest, then the indemnity, then principal).
 *
 * <p>A payment counts interest through its value date and reduces the base from the next day: this
 * is the reading of D2 under which the R1.1 example (paid 15/09, interest through 15/09) settles
 * the claim exactly.
 */
public final class CaseValuation {

  /** The fixed recovery indemnity per late B2B invoice, in euros (C. com. D441-5). */
  static final BigDecimal INDEMNITY_EUR = new BigDecimal("40.00");
  /** A contract rate may not be below three times the legal rate (L441-10 II). */
  static final BigDecimal CONTRACT_FLOOR_MULTIPLE = BigDecimal.valueOf(3);
  /** The increase two months after an enforceable judgment (C. mon. fin. L313-3). */
  static final BigDecimal JUDGMENT_INCREASE_POINTS = BigDecimal.valueOf(5);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private CaseValuation() {}

  /**
   * Everything recorded on the dossier that the valuation reads.
   *
   * @param costs the costs the debtor owes as of the valuation's date
   * @param costsOn the costs it owed on a given day: a payment repays only those (a cost incurred
   *     after a payment was not owed when it was made)
   */
  public record Dossier(
      List<ClaimTerms> claims,
      Optional<LocalDate> formalNotice,
      Optional<Judgment> judgment,
      List<ReceivedPayment> payments,
      Money costs,
      Function<LocalDate, Money> costsOn) {

    /** Costs owed as they are on every day (the same before and after each payment). */
    public Dossier(List<ClaimTerms> claims, Optional<LocalDate> formalNotice,
        Optional<Judgment> judgment, List<ReceivedPayment> payments, Money costs) {
      this(claims, formalNotice, judgment, payments, costs, day -> costs);
    }
  }

  public static CaseBalance value(
      Dossier dossier, LocalDate asOf, ValuationRates rates, DayCount dayCount) {
    if (dossier.claims().isEmpty()) {
      throw new IllegalArgumentException("A dossier has at least one claim");
    }
    Currency currency = dossier.claims().get(0).principal().currency();
    Money zero = Money.zero(currency);
    List<String> warnings = new ArrayList<>();
    List<ClaimState> states =
        dossier.claims().stream()
            .map(c -> new ClaimState(c, dossier, rates, currency, warnings))
            .sorted(Comparator.comparing((ClaimState s) -> s.terms.dueDate())
                .thenComparing(s -> s.terms.invoiceNumber()))
            .toList();

    LocalDate through = asOf;
    for (ClaimState s : states) {
      if (s.trigger != null && s.trigger.isBefore(asOf)) {
        Optional<LocalDate> unknown = s.schedule.firstUnknownDay(s.trigger.plusDays(1), asOf);
        if (unknown.isPresent() && unknown.get().minusDays(1).isBefore(through)) {
          through = unknown.get().minusDays(1);
        }
      }
    }
    if (through.isBefore(asOf)) {
      warnings.add("No reference rate is recorded for " + DAY.format(through.plusDays(1))
          + ": interest is computed through " + DAY.format(through)
          + " only, until an admin records the published rate");
    }

    Money costsPaid = zero;
    Money held = zero;
    Money paid = zero;
    List<ReceivedPayment> payments =
        dossier.payments().stream()
            .filter(p -> !p.valueDate().isAfter(asOf))
            .sorted(Comparator.comparing(ReceivedPayment::valueDate))
            .toList();
    List<PaymentAllocation> allocations = new ArrayList<>();
    for (ReceivedPayment payment : payments) {
      paid = paid.plus(payment.amount());
      Money left = payment.amount();
      Money owedThen = dossier.costsOn().apply(payment.valueDate());
      Money costsTaken = min(left, owedThen.minus(costsPaid));
      costsPaid = costsPaid.plus(costsTaken);
      left = left.minus(costsTaken);
      Money interestBefore = sum(states, s -> s.paidInterest, zero);
      Money indemnityBefore = sum(states, s -> s.paidIndemnity, zero);
      Money principalBefore = sum(states, s -> s.paidPrincipal, zero);
      for (ClaimState s : inAllocationOrder(states, payment.designatedClaim())) {
        left = s.allocate(payment.valueDate(), left, through, dayCount);
      }
      held = held.plus(left);
      allocations.add(new PaymentAllocation(payment, costsTaken,
          sum(states, s -> s.paidInterest, zero).minus(interestBefore),
          sum(states, s -> s.paidIndemnity, zero).minus(indemnityBefore),
          sum(states, s -> s.paidPrincipal, zero).minus(principalBefore),
          left));
    }

    List<ClaimBalance> claims = new ArrayList<>();
    Money principal = zero;
    Money interest = zero;
    Money indemnity = zero;
    Money due = dossier.costs().minus(costsPaid);
    for (ClaimState s : states) {
      ClaimBalance b = s.balance(asOf, through, dayCount);
      claims.add(b);
      principal = principal.plus(b.principal());
      interest = interest.plus(b.interest());
      indemnity = indemnity.plus(b.indemnity());
      due = due.plus(b.due());
    }
    return new CaseBalance(asOf, currency.getCurrencyCode(), principal, interest, indemnity,
        dossier.costs(), paid, due, held, !through.isBefore(asOf), through, List.copyOf(warnings),
        List.copyOf(claims), List.copyOf(allocations));
  }

  private static Money sum(List<ClaimState> states, Function<ClaimState, Money> part, Money zero) {
    return states.stream().map(part).reduce(zero, Money::plus);
  }

  private static List<ClaimState> inAllocationOrder(List<ClaimState> byDueDate, UUID designated) {
    if (designated == null) {
      return byDueDate;
    }
    List<ClaimState> ordered = new ArrayList<>();
    byDueDate.stream().filter(s -> s.terms.id().equals(designated)).forEach(ordered::add);
    byDueDate.stream().filter(s -> !s.terms.id().equals(designated)).forEach(ordered::add);
    return ordered;
  }

  private static Money min(Money a, Money b) {
    Money positiveB = b.isNegative() ? Money.zero(b.currency()) : b;
    return a.compareTo(positiveB) <= 0 ? a : positiveB;
  }

  /** One claim while payments are allocated to it in date order. */
  private static final class ClaimState {
    final ClaimTerms terms;
    final RateSchedule schedule;
    final LocalDate trigger;
    final String basis;
    final boolean indemnityApplies;
    final Money zero;
    final List<LateInterest.Reduction> reductions = new ArrayList<>();
    Money paidInterest;
    Money paidIndemnity;
    Money paidPrincipal;

    ClaimState(ClaimTerms terms, Dossier dossier, ValuationRates rates, Currency currency,
        List<String> warnings) {
      this.terms = terms;
      this.zero = Money.zero(currency);
      this.paidInterest = zero;
      this.paidIndemnity = zero;
      this.paidPrincipal = zero;
      RateSchedule s;
      LocalDate t;
      StringBuilder b = new StringBuilder();
      if (terms.nature() == ClaimNature.B2B) {
        t = terms.dueDate();
        if (terms.contractRatePercent() != null) {
          s = RateSchedule.constant(terms.dueDate(), terms.contractRatePercent())
              .atLeast(rates.legalOther().times(CONTRACT_FLOOR_MULTIPLE));
          b.append("Contract rate ").append(terms.contractRatePercent().toPlainString())
              .append(" %, never below three times the legal rate (C. com. L441-10 II)");
        } else {
          s = rates.b2bDefault();
          b.append("ECB refinancing rate + 10 points, fixed per half-year (C. com. L441-10 II)");
        }
      } else {
        s = rates.legalForCreditor();
        t = dossier.formalNotice().orElse(null);
        b.append(t == null
            ? "Legal interest runs from a formal notice (C. civ. 1231-6): none on file"
            : "Legal interest from the formal notice of " + DAY.format(t) + " (C. civ. 1231-6)");
      }
      if (dossier.judgment().isPresent()) {
        Judgment j = dossier.judgment().get();
        s = s.switchingOn(j.date().plusDays(1), rates.legalForCreditor());
        if (t == null || t.isAfter(j.date())) {
          t = j.date();
        }
        b.append("; from the judgment of ").append(DAY.format(j.date()))
            .append(", legal interest (C. civ. 1231-7)");
        if (j.servedOn().isPresent()) {
          LocalDate increase = j.servedOn().get().plusMonths(2).plusDays(1);
          s = s.increasedFrom(increase, JUDGMENT_INCREASE_POINTS);
          b.append(" + 5 points from ").append(DAY.format(increase))
              .append(" (C. mon. fin. L313-3)");
        }
      }
      this.schedule = s;
      this.trigger = t;
      this.basis = b.toString();
      boolean euro = "EUR".equals(currency.getCurrencyCode());
      this.indemnityApplies = terms.nature() == ClaimNature.B2B && euro;
      if (terms.nature() == ClaimNature.B2B && !euro) {
        warnings.add("Invoice " + terms.invoiceNumber()
            + ": the 40 EUR recovery indemnity is not added to a claim in " + currency);
      }
    }

    Money accrued(LocalDate day, LocalDate through, DayCount dayCount) {
      if (trigger == null) {
        return zero;
      }
      LocalDate end = day.isAfter(through) ? through : day;
      return LateInterest.compute(terms.principal(), trigger, end, schedule, reductions, dayCount)
          .total();
    }

    Money indemnityOn(LocalDate day) {
      return indemnityApplies && day.isAfter(terms.dueDate())
          ? Money.of(INDEMNITY_EUR, zero.currency())
          : zero;
    }

    /** Takes what this claim is owed on the day from the payment; returns what is left. */
    Money allocate(LocalDate day, Money amount, LocalDate through, DayCount dayCount) {
      Money left = amount;
      Money toInterest = min(left, accrued(day, through, dayCount).minus(paidInterest));
      paidInterest = paidInterest.plus(toInterest);
      left = left.minus(toInterest);
      Money toIndemnity = min(left, indemnityOn(day).minus(paidIndemnity));
      paidIndemnity = paidIndemnity.plus(toIndemnity);
      left = left.minus(toIndemnity);
      Money toPrincipal = min(left, terms.principal().minus(paidPrincipal));
      if (!toPrincipal.isZero()) {
        paidPrincipal = paidPrincipal.plus(toPrincipal);
        reductions.add(new LateInterest.Reduction(day.plusDays(1), toPrincipal));
      }
      return left.minus(toPrincipal);
    }

    ClaimBalance balance(LocalDate asOf, LocalDate through, DayCount dayCount) {
      List<InterestPeriod> periods = List.of();
      Money interest = zero;
      if (trigger != null) {
        LocalDate end = asOf.isAfter(through) ? through : asOf;
        LateInterest.Result r =
            LateInterest.compute(terms.principal(), trigger, end, schedule, reductions, dayCount);
        periods = r.periods();
        interest = r.total();
      }
      Money indemnity = indemnityOn(asOf);
      Money due = interest.minus(paidInterest).plus(indemnity).minus(paidIndemnity)
          .plus(terms.principal()).minus(paidPrincipal);
      return new ClaimBalance(terms.id(), terms.invoiceNumber(), terms.nature(), terms.dueDate(),
          basis, trigger == null ? null : trigger.plusDays(1), periods, terms.principal(),
          interest, indemnity, paidInterest, paidIndemnity, paidPrincipal, due);
    }
  }
}
