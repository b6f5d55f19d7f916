package io.recova.agency.casefile;

import io.recova.agency.valuation.CaseBalance;
import io.recova.agency.valuation.CaseValuation;
import io.recova.agency.valuation.DayCount;
import io.recova.agency.valuation.ReferenceRateKind;
import io.recova.agency.valuation.ReferenceRates;
import io.recova.agency.valuation.ValuationRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Values a case with the reference rates on record. */
@ApplicationScoped
public class CaseValuator {

  @Inject ReferenceRates referenceRates;

  public CaseBalance value(CaseFile caseFile, LocalDate asOf) {
    // Recova's creditor clients are professionals: the "other creditors" legal rate (R1.3).
    ValuationRates rates = new ValuationRates(
        referenceRates.b2bLatePenalty(),
        referenceRates.schedule(ReferenceRateKind.LEGAL_OTHER),
        referenceRates.schedule(ReferenceRateKind.LEGAL_OTHER));
    // Actual/365 (D1); the per-mandate alternative arrives with the mandate's fee schedule.
    return CaseValuation.value(caseFile.dossier(), asOf, rates, DayCount.ACTUAL_365);
  }
}
