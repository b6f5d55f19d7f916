package io.recova.agency.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import org.junit.jupiter.api.Test;

class CostAllocationTest {

  private static final Money NOTHING = Money.of("0.00", "EUR");

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void beforeAnyTitleACommissairesActStaysWithTheCreditor() {
    CostShare share = CostAllocation.allocate(eur("65.00"), CostKind.COMMISSAIRE_ACT,
        new CostFacts(false, false, NOTHING, CostBearer.CREDITOR));
    assertThat(share.debtor()).isEqualTo(NOTHING);
    assertThat(share.other()).isEqualTo(eur("65.00"));
    assertThat(share.otherBearer()).isEqualTo(CostBearer.CREDITOR);
    assertThat(share.reason()).contains("L111-8");
  }

  @Test
  void underATitleAnEnforcementActFallsOnTheDebtor() {
    CostShare share = CostAllocation.allocate(eur("130.50"), CostKind.COMMISSAIRE_ACT,
        new CostFacts(true, false, NOTHING, CostBearer.CREDITOR));
    assertThat(share.debtor()).isEqualTo(eur("130.50"));
    assertThat(share.other()).isEqualTo(NOTHING);
  }

  @Test
  void theCourtFeeFollowsTheJudgmentsOrderOnTheDepens() {
    assertThat(CostAllocation.allocate(eur("35.21"), CostKind.COURT_FEE,
        new CostFacts(true, true, NOTHING, CostBearer.CREDITOR)).debtor()).isEqualTo(eur("35.21"));
    assertThat(CostAllocation.allocate(eur("35.21"), CostKind.COURT_FEE,
        new CostFacts(true, false, NOTHING, CostBearer.CREDITOR)).other()).isEqualTo(eur("35.21"));
  }

  @Test
  void theProportionalFeeIsNeverTheDebtorsEvenUnderAJudgment() {
    CostShare share = CostAllocation.allocate(eur("257.45"), CostKind.COMMISSAIRE_PROPORTIONAL_FEE,
        new CostFacts(true, true, eur("1000.00"), CostBearer.CREDITOR));
    assertThat(share.debtor()).isEqualTo(NOTHING);
    assertThat(share.reason()).contains("A444-32");
  }

  @Test
  void aLawyersFeeReachesTheDebtorUpToTheArticle700AwardOnly() {
    // Fee 1,800.00, award 1,200.00: the debtor 1,200.00, the creditor the remaining 600.00.
    CostShare share = CostAllocation.allocate(eur("1800.00"), CostKind.LAWYER_FEE,
        new CostFacts(true, true, eur("1200.00"), CostBearer.CREDITOR));
    assertThat(share.debtor()).isEqualTo(eur("1200.00"));
    assertThat(share.other()).isEqualTo(eur("600.00"));
    CostShare covered = CostAllocation.allocate(eur("900.00"), CostKind.LAWYER_FEE,
        new CostFacts(true, true, eur("1200.00"), CostBearer.CREDITOR));
    assertThat(covered.debtor()).isEqualTo(eur("900.00"));
    assertThat(covered.other()).isEqualTo(NOTHING);
    assertThat(CostAllocation.allocate(eur("900.00"), CostKind.LAWYER_FEE,
        new CostFacts(true, true, NOTHING, CostBearer.CREDITOR)).debtor()).isEqualTo(NOTHING);
  }

  @Test
  void theMandateMayHaveTheAgencyBearWhatTheDebtorDoesNot() {
    CostShare share = CostAllocation.allocate(eur("12.40"), CostKind.OTHER,
        new CostFacts(false, false, NOTHING, CostBearer.AGENCY));
    assertThat(share.otherBearer()).isEqualTo(CostBearer.AGENCY);
    assertThat(share.other()).isEqualTo(eur("12.40"));
  }

  @Test
  void theTwoSharesAlwaysSumToTheCost() {
    for (CostKind kind : CostKind.values()) {
      for (boolean title : new boolean[] {false, true}) {
        CostShare s = CostAllocation.allocate(eur("777.77"), kind,
            new CostFacts(title, title, eur("500.00"), CostBearer.CREDITOR));
        assertThat(s.debtor().plus(s.other())).as(kind + " " + title).isEqualTo(eur("777.77"));
      }
    }
  }

  @Test
  void theDebtorIsNeverTheDefaultBearerAndACostIsPositive() {
    assertThatThrownBy(() -> new CostFacts(false, false, NOTHING, CostBearer.DEBTOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CostAllocation.allocate(NOTHING, CostKind.OTHER,
        new CostFacts(false, false, NOTHING, CostBearer.CREDITOR)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
