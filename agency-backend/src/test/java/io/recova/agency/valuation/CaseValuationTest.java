package io.recova.agency.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Balances of whole dossiers: the DOMAIN examples, allocation (D3), floors and missing rates. */
class CaseValuationTest {

  private static final LocalDate H1_2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate H2_2025 = LocalDate.of(2025, 7, 1);
  private static final LocalDate H1_2026 = LocalDate.of(2026, 1, 1);

  /** Published values of DOMAIN R1.1, recorded through 2026 H1 only. */
  private static final ValuationRates RATES =
      new ValuationRates(
          RateSchedule.halfYearly(Map.of(H1_2025, pct("13.15"), H2_2025, pct("12.15"),
              H1_2026, pct("12.15"))),
          RateSchedule.halfYearly(Map.of(H1_2025, pct("3.71"), H2_2025, pct("2.76"),
              H1_2026, pct("2.62"))),
          RateSchedule.halfYearly(Map.of(H1_2025, pct("3.71"), H2_2025, pct("2.76"),
              H1_2026, pct("2.62"))));

  private static BigDecimal pct(String p) {
    return new BigDecimal(p);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static ClaimTerms claim(String number, LocalDate due, String amount, ClaimNature nature) {
    return new ClaimTerms(UUID.randomUUID(), number, due, eur(amount), nature, null);
  }

  private static CaseValuation.Dossier dossier(List<ClaimTerms> claims, List<ReceivedPayment> paid) {
    return new CaseValuation.Dossier(claims, Optional.empty(), Optional.empty(), paid, eur("0.00"));
  }

  private static CaseBalance value(CaseValuation.Dossier d, LocalDate asOf) {
    return CaseValuation.value(d, asOf, RATES, DayCount.ACTUAL_365);
  }

  @Test
  void theR11ExampleWithItsIndemnity() {
    CaseBalance b = value(dossier(List.of(claim("F-1", LocalDate.of(2025, 3, 15), "10000.00",
        ClaimNature.B2B)), List.of()), LocalDate.of(2025, 9, 15));

    assertThat(b.interest()).isEqualTo(eur("641.81"));
    assertThat(b.indemnity()).isEqualTo(eur("40.00"));
    assertThat(b.due()).isEqualTo(eur("10681.81"));
    assertThat(b.claims().get(0).periods()).extracting(InterestPeriod::annualPercent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(pct("13.15"), pct("12.15"));
    assertThat(b.interestComplete()).isTrue();
  }

  @Test
  void aPaymentOfTheWholeBalanceOnTheDaySettlesItForGood() {
    ClaimTerms c = claim("F-1", LocalDate.of(2025, 3, 15), "10000.00", ClaimNature.B2B);
    CaseBalance b = value(dossier(List.of(c), List.of(
        new ReceivedPayment(LocalDate.of(2025, 9, 15), eur("10681.81"), null))),
        LocalDate.of(2025, 12, 31));

    assertThat(b.due()).isEqualTo(eur("0.00"));
    assertThat(b.interest()).isEqualTo(eur("641.81"));
    assertThat(b.held()).isEqualTo(eur("0.00"));
    assertThat(b.paid()).isEqualTo(eur("10681.81"));
  }

  @Test
  void aClaimPaidInSeveralPartsGoesToInterestThenIndemnityThenPrincipal() {
    ClaimTerms c = claim("F-1", LocalDate.of(2025, 3, 15), "10000.00", ClaimNature.B2B);
    CaseBalance b = value(dossier(List.of(c), List.of(
        new ReceivedPayment(LocalDate.of(2025, 4, 30), eur("3000.00"), null),
        new ReceivedPayment(LocalDate.of(2025, 8, 31), eur("2000.00"), null))),
        LocalDate.of(2025, 9, 30));

    ClaimBalance claim = b.claims().get(0);
    // 46 days on 10,000 at 13.15 % = 165.73; then 3,000 - 165.73 - 40 = 2,794.27 of principal
    assertThat(claim.periods()).extracting(InterestPeriod::base)
        .containsExactly(eur("10000.00"), eur("7205.73"), eur("7205.73"), eur("5512.80"));
    assertThat(claim.periods()).extracting(InterestPeriod::interest)
        .containsExactly(eur("165.73"), eur("158.36"), eur("148.71"), eur("55.05"));
    assertThat(claim.paidToIndemnity()).isEqualTo(eur("40.00"));
    assertThat(claim.paidToInterest()).isEqualTo(eur("472.80"));
    assertThat(claim.paidToPrincipal()).isEqualTo(eur("4487.20"));
    assertThat(b.due()).isEqualTo(eur("5567.85"));
  }

  @Test
  void legalInterestOnAConsumerClaimRunsFromTheFormalNoticeOnly() {
    ClaimTerms c = claim("C-1", LocalDate.of(2025, 6, 1), "2000.00", ClaimNature.B2C);
    CaseValuation.Dossier withNotice = new CaseValuation.Dossier(List.of(c),
        Optional.of(LocalDate.of(2025, 10, 1)), Optional.empty(), List.of(), eur("0.00"));
    CaseValuation.Dossier withoutNotice = dossier(List.of(c), List.of());

    CaseBalance b = value(withNotice, LocalDate.of(2026, 3, 31));
    assertThat(b.interest()).isEqualTo(eur("26.68"));
    assertThat(b.indemnity()).isEqualTo(eur("0.00"));
    assertThat(b.due()).isEqualTo(eur("2026.68"));

    CaseBalance none = value(withoutNotice, LocalDate.of(2026, 3, 31));
    assertThat(none.interest()).isEqualTo(eur("0.00"));
    assertThat(none.claims().get(0).interestBasis()).contains("none on file");
  }

  @Test
  void aContractRateBelowThreeTimesTheLegalRateIsRaisedToTheFloor() {
    ClaimTerms low = new ClaimTerms(UUID.randomUUID(), "L-1", LocalDate.of(2025, 6, 30),
        eur("1000.00"), ClaimNature.B2B, pct("5"));
    ClaimTerms high = new ClaimTerms(UUID.randomUUID(), "H-1", LocalDate.of(2025, 6, 30),
        eur("1000.00"), ClaimNature.B2B, pct("15"));

    CaseBalance b = value(dossier(List.of(low, high), List.of()), LocalDate.of(2025, 7, 31));

    ClaimBalance floored = b.claims().stream().filter(c -> c.invoiceNumber().equals("L-1"))
        .findFirst().orElseThrow();
    // 2025 H2: 3 x 2.76 = 8.28 %; 31 days on 1,000 = 7.03
    assertThat(floored.periods().get(0).annualPercent()).isEqualByComparingTo("8.28");
    assertThat(floored.interest()).isEqualTo(eur("7.03"));
    ClaimBalance kept = b.claims().stream().filter(c -> c.invoiceNumber().equals("H-1"))
        .findFirst().orElseThrow();
    assertThat(kept.periods().get(0).annualPercent()).isEqualByComparingTo("15");
  }

  @Test
  void aJudgmentSwitchesToTheLegalRateAndAddsFivePointsTwoMonthsAfterService() {
    ClaimTerms c = claim("J-1", LocalDate.of(2025, 1, 10), "5000.00", ClaimNature.CIVIL);
    LocalDate judged = LocalDate.of(2026, 1, 10);
    CaseValuation.Dossier d = new CaseValuation.Dossier(List.of(c), Optional.empty(),
        Optional.of(new Judgment(judged, Optional.of(judged))), List.of(), eur("0.00"));

    CaseBalance b = value(d, LocalDate.of(2026, 6, 30));

    assertThat(b.claims().get(0).periods()).extracting(InterestPeriod::days)
        .containsExactly(59L, 112L);
    // DOMAIN R1.4 gives 138.08 from a single rounding; D1 rounds each period: 21.17 + 116.92
    assertThat(b.interest()).isEqualTo(eur("138.09"));
  }

  @Test
  void aMissingHalfYearStopsTheInterestAndSaysSo() {
    ClaimTerms c = claim("F-9", LocalDate.of(2026, 5, 31), "1000.00", ClaimNature.B2B);

    CaseBalance b = value(dossier(List.of(c), List.of()), LocalDate.of(2026, 11, 23));

    assertThat(b.interestComplete()).isFalse();
    assertThat(b.interestThrough()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(b.warnings()).singleElement().asString().contains("2026-07-01");
    // 30 days of June at 12.15 % on 1,000
    assertThat(b.interest()).isEqualTo(eur("9.99"));
  }

  @Test
  void oldestClaimIsPaidFirstUnlessTheDebtorDesignatesOne() {
    ClaimTerms older = claim("A", LocalDate.of(2025, 2, 1), "100.00", ClaimNature.CIVIL);
    ClaimTerms newer = claim("B", LocalDate.of(2025, 3, 1), "100.00", ClaimNature.CIVIL);
    LocalDate day = LocalDate.of(2025, 4, 1);

    CaseBalance undesignated = value(dossier(List.of(newer, older), List.of(
        new ReceivedPayment(day, eur("150.00"), null))), day);
    assertThat(undesignated.claims()).extracting(ClaimBalance::invoiceNumber, ClaimBalance::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", eur("0.00")),
            org.assertj.core.groups.Tuple.tuple("B", eur("50.00")));

    CaseBalance designated = value(dossier(List.of(newer, older), List.of(
        new ReceivedPayment(day, eur("150.00"), newer.id()))), day);
    assertThat(designated.claims()).extracting(ClaimBalance::invoiceNumber, ClaimBalance::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", eur("50.00")),
            org.assertj.core.groups.Tuple.tuple("B", eur("0.00")));
  }

  @Test
  void costsArePaidFirstAndAnOverpaymentIsHeldNotLost() {
    ClaimTerms c = claim("A", LocalDate.of(2025, 2, 1), "100.00", ClaimNature.CIVIL);
    CaseValuation.Dossier d = new CaseValuation.Dossier(List.of(c), Optional.empty(),
        Optional.empty(), List.of(new ReceivedPayment(LocalDate.of(2025, 3, 1), eur("180.00"),
            null)), eur("50.00"));

    CaseBalance b = value(d, LocalDate.of(2025, 3, 1));

    assertThat(b.costs()).isEqualTo(eur("50.00"));
    assertThat(b.due()).isEqualTo(eur("0.00"));
    assertThat(b.held()).isEqualTo(eur("30.00"));
  }

  @Test
  void nothingIsDueBeforeTheDueDateExceptThePrincipal() {
    ClaimTerms c = claim("A", LocalDate.of(2025, 12, 31), "100.00", ClaimNature.B2B);
    CaseBalance b = value(dossier(List.of(c), List.of()), LocalDate.of(2025, 12, 31));
    assertThat(b.interest()).isEqualTo(eur("0.00"));
    assertThat(b.indemnity()).isEqualTo(eur("0.00"));
    assertThat(b.due()).isEqualTo(eur("100.00"));
  }
}
