package io.recova.agency.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.judicial.JudgmentCosts;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a recorded cost splits with what the case says, and what it adds to the balance. */
class CostSplitTest {

  private static final Money NOTHING = Money.of("0.00", "EUR");
  private static final LocalDate JUDGMENT = LocalDate.of(2026, 2, 10);

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static CostSplit.CaseFacts facts(Optional<LocalDate> title,
      List<JudgmentCosts.Award> awards, String article700Taken, String depensTaken,
      CostBearer bearer) {
    return new CostSplit.CaseFacts(title, awards, eur(article700Taken), eur(depensTaken), bearer);
  }

  @Test
  void aCommissairesActUnderATitleIsAddedWholeToTheDebtorsBalance() {
    // 120.00 excl. VAT + 24.00 VAT: the agency paid 144.00, all the debtor's (L111-8)
    CostSplit split = CostSplit.decide(eur("144.00"), CostKind.COMMISSAIRE_ACT,
        JUDGMENT.plusDays(20), facts(Optional.of(JUDGMENT), List.of(), "0.00", "0.00",
            CostBearer.CREDITOR));
    assertThat(split.share().debtor()).isEqualTo(eur("144.00"));
    assertThat(split.share().other()).isEqualTo(NOTHING);
    assertThat(split.debtorWithinAward()).isEqualTo(NOTHING);
    assertThat(split.addedToBalance()).isEqualTo(eur("144.00"));
  }

  @Test
  void beforeTheTitleTheSameActIsTheCreditors() {
    CostSplit split = CostSplit.decide(eur("144.00"), CostKind.COMMISSAIRE_ACT,
        JUDGMENT.minusDays(1), facts(Optional.of(JUDGMENT), List.of(), "0.00", "0.00",
            CostBearer.CREDITOR));
    assertThat(split.share().other()).isEqualTo(eur("144.00"));
    assertThat(split.share().otherBearer()).isEqualTo(CostBearer.CREDITOR);
    assertThat(split.addedToBalance()).isEqualTo(NOTHING);
  }

  @Test
  void aLawyersFeeIsTheDebtorsUpToTheArticle700AwardAlreadyOnTheBalance() {
    // 1,000.00 + 200.00 VAT; the judgment awarded 800.00 under article 700, of which an earlier
    // fee took 300.00: the debtor bears 500.00 (already counted in the award), the creditor 700.00
    JudgmentCosts.Award award = new JudgmentCosts.Award(JUDGMENT, NOTHING, eur("800.00"));
    CostSplit split = CostSplit.decide(eur("1200.00"), CostKind.LAWYER_FEE, JUDGMENT,
        facts(Optional.of(JUDGMENT), List.of(award), "300.00", "0.00", CostBearer.CREDITOR));
    assertThat(split.share().debtor()).isEqualTo(eur("500.00"));
    assertThat(split.share().other()).isEqualTo(eur("700.00"));
    assertThat(split.debtorWithinAward()).isEqualTo(eur("500.00"));
    assertThat(split.addedToBalance()).isEqualTo(NOTHING);
  }

  @Test
  void withoutAnAwardTheLawyersFeeGoesToTheMandatesBearer() {
    CostSplit split = CostSplit.decide(eur("600.00"), CostKind.LAWYER_FEE, JUDGMENT,
        facts(Optional.empty(), List.of(), "0.00", "0.00", CostBearer.AGENCY));
    assertThat(split.share().debtor()).isEqualTo(NOTHING);
    assertThat(split.share().other()).isEqualTo(eur("600.00"));
    assertThat(split.share().otherBearer()).isEqualTo(CostBearer.AGENCY);
  }

  @Test
  void aCourtFeeWithinTheLiquidatedDepensIsNotAddedTwice() {
    // The judgment put 150.00 of dépens on the debtor; 130.00 are taken by earlier costs: of a
    // 35.22 filing fee, 20.00 are within the award and 15.22 are added to the balance
    JudgmentCosts.Award award = new JudgmentCosts.Award(JUDGMENT, eur("150.00"), NOTHING);
    CostSplit split = CostSplit.decide(eur("35.22"), CostKind.COURT_FEE, JUDGMENT.minusDays(60),
        facts(Optional.of(JUDGMENT), List.of(award), "0.00", "130.00", CostBearer.CREDITOR));
    assertThat(split.share().debtor()).isEqualTo(eur("35.22"));
    assertThat(split.debtorWithinAward()).isEqualTo(eur("20.00"));
    assertThat(split.addedToBalance()).isEqualTo(eur("15.22"));
  }

  @Test
  void aCourtFeeAfterTheJudgmentIsNotPartOfItsDepens() {
    JudgmentCosts.Award award = new JudgmentCosts.Award(JUDGMENT, eur("150.00"), NOTHING);
    CostSplit split = CostSplit.decide(eur("35.22"), CostKind.COURT_FEE, JUDGMENT.plusDays(1),
        facts(Optional.of(JUDGMENT), List.of(award), "0.00", "0.00", CostBearer.CREDITOR));
    assertThat(split.share().debtor()).isEqualTo(NOTHING);
    assertThat(split.share().other()).isEqualTo(eur("35.22"));
  }
}
