package io.recova.agency.casefile;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.CaseBalance;
import io.recova.agency.valuation.CaseValuation;
import io.recova.agency.valuation.DayCount;
import io.recova.agency.valuation.CostsOnRecord;
import io.recova.agency.valuation.DatedCosts;
import io.recova.agency.valuation.PaymentsOnRecord;
import io.recova.agency.valuation.ReceivedPayment;
import io.recova.agency.valuation.ReferenceRateKind;
import io.recova.agency.valuation.ReferenceRates;
import io.recova.agency.valuation.ValuationRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values a case with the reference rates, the payments and the costs on record: every {@link
 * CostsOnRecord} (the judgments' awards, the costs the agency advanced) adds its part.
 */
@ApplicationScoped
public class CaseValuator {

  @Inject ReferenceRates referenceRates;
  @Inject PaymentsOnRecord payments;
  @Inject @Any Instance<CostsOnRecord> costs;

  public CaseBalance value(CaseFile caseFile, LocalDate asOf) {
    return value(caseFile, asOf, payments.of(caseFile.id()));
  }

  /**
   * The case as it would stand with one more payment: what a payment about to be posted leaves
   * due, and what it pays beyond the balance (held).
   */
  public CaseBalance valueWith(CaseFile caseFile, LocalDate asOf, ReceivedPayment another) {
    List<ReceivedPayment> all = new ArrayList<>(payments.of(caseFile.id()));
    all.add(another);
    return value(caseFile, asOf, all);
  }

  private CaseBalance value(CaseFile caseFile, LocalDate asOf, List<ReceivedPayment> received) {
    // Recova's creditor clients are professionals: the "other creditors" legal rate (R1.3).
    ValuationRates rates = referenceRates.valuationRates(ReferenceRateKind.LEGAL_OTHER);
    // Actual/365 (D1); the per-mandate alternative arrives with the mandate's fee schedule.
    // Costs count against a payment from the day they were incurred (D3: a payment repays the
    // costs owed at its value date, not those of later steps).
    // Each part's costs are read once, then summed for every day the valuation asks about.
    List<DatedCosts> parts = new ArrayList<>();
    for (CostsOnRecord part : costs) {
      parts.add(part.dated(caseFile.id(), caseFile.currency()));
    }
    Map<LocalDate, Money> owed = new HashMap<>();
    java.util.function.Function<LocalDate, Money> costsOn =
        day -> owed.computeIfAbsent(day, d -> owedCosts(caseFile, parts, d));
    return CaseValuation.value(caseFile.dossier(received, costsOn.apply(asOf), costsOn), asOf,
        rates, DayCount.ACTUAL_365);
  }

  private static Money owedCosts(CaseFile caseFile, List<DatedCosts> parts, LocalDate day) {
    Money sum = Money.zero(caseFile.currency());
    for (DatedCosts part : parts) {
      sum = sum.plus(part.owedOn(day));
    }
    return sum;
  }
}
