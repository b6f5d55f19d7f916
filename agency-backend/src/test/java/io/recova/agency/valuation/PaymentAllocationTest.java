package io.recova.agency.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where each payment went (DOMAIN D3), which the fee and the ledger are computed on. */
class PaymentAllocationTest {

  private static final ValuationRates RATES =
      new ValuationRates(
          RateSchedule.halfYearly(Map.of(LocalDate.of(2025, 1, 1), pct("13.15"),
              LocalDate.of(2025, 7, 1), pct("12.15"), LocalDate.of(2026, 1, 1), pct("12.15"))),
          RateSchedule.halfYearly(Map.of(LocalDate.of(2025, 1, 1), pct("3.71"),
              LocalDate.of(2025, 7, 1), pct("2.76"), LocalDate.of(2026, 1, 1), pct("2.62"))),
          RateSchedule.halfYearly(Map.of(LocalDate.of(2025, 1, 1), pct("3.71"),
              LocalDate.of(2025, 7, 1), pct("2.76"), LocalDate.of(2026, 1, 1), pct("2.62"))));

  private static BigDecimal pct(String p) {
    return new BigDecimal(p);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static ClaimTerms claim(String number, LocalDate due, String amount, ClaimNature nature) {
    return new ClaimTerms(UUID.randomUUID(), number, due, eur(amount), nature, null);
  }

  private static CaseBalance value(List<ClaimTerms> claims, List<ReceivedPayment> payments,
      String costs, LocalDate asOf) {
    return CaseValuation.value(new CaseValuation.Dossier(claims, Optional.empty(),
        Optional.empty(), payments, eur(costs)), asOf, RATES, DayCount.ACTUAL_365);
  }

  @Test
  void eachPaymentOfTheR11ClaimIsSplitIntoInterestIndemnityAndPrincipal() {
    ClaimTerms c = claim("F-1", LocalDate.of(2025, 3, 15), "10000.00", ClaimNature.B2B);
    ReceivedPayment april = new ReceivedPayment(LocalDate.of(2025, 4, 30), eur("3000.00"), null);
    ReceivedPayment august = new ReceivedPayment(LocalDate.of(2025, 8, 31), eur("2000.00"), null);

    CaseBalance b = value(List.of(c), List.of(august, april), "0.00", LocalDate.of(2025, 9, 30));

    // April: 46 days at 13.15 % on 10,000 = 165.73 interest, the 40.00 indemnity, 2,794.27 principal
    assertThat(b.allocationOf(april)).contains(new PaymentAllocation(april, eur("0.00"),
        eur("165.73"), eur("40.00"), eur("2794.27"), eur("0.00")));
    // August: 158.36 + 148.71 = 307.07 interest on 7,205.73, the rest 1,692.93 to principal
    assertThat(b.allocationOf(august)).contains(new PaymentAllocation(august, eur("0.00"),
        eur("307.07"), eur("0.00"), eur("1692.93"), eur("0.00")));
    assertThat(b.allocations()).extracting(PaymentAllocation::payment)
        .containsExactly(april, august);
  }

  @Test
  void costsComeFirstAndTheExcessIsHeldOnThePaymentThatBroughtIt() {
    ClaimTerms c = claim("A", LocalDate.of(2025, 2, 1), "100.00", ClaimNature.CIVIL);
    ReceivedPayment first = new ReceivedPayment(LocalDate.of(2025, 3, 1), eur("30.00"), null);
    ReceivedPayment second = new ReceivedPayment(LocalDate.of(2025, 3, 2), eur("150.00"), null);

    CaseBalance b = value(List.of(c), List.of(first, second), "50.00", LocalDate.of(2025, 3, 2));

    // 30 all to the 50 of costs; then 20 to the remaining costs, 100 to principal, 30 held
    assertThat(b.allocationOf(first)).contains(new PaymentAllocation(first, eur("30.00"),
        eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00")));
    assertThat(b.allocationOf(second)).contains(new PaymentAllocation(second, eur("20.00"),
        eur("0.00"), eur("0.00"), eur("100.00"), eur("30.00")));
  }

  @Test
  void aPaymentRepaysOnlyTheCostsOwedAtItsValueDate() {
    // 1,000.00 civil claim; a commissaire's act of 144.00 (120.00 + 24.00 VAT) is put on the
    // debtor on 10 March. A payment of 100.00 on 1 March repays no costs; one of 500.00 on
    // 15 March repays the 144.00 first and 356.00 of principal (no formal notice, no interest).
    ClaimTerms c = claim("A", LocalDate.of(2025, 2, 1), "1000.00", ClaimNature.CIVIL);
    ReceivedPayment before = new ReceivedPayment(LocalDate.of(2025, 3, 1), eur("100.00"), null);
    ReceivedPayment after = new ReceivedPayment(LocalDate.of(2025, 3, 15), eur("500.00"), null);
    LocalDate incurred = LocalDate.of(2025, 3, 10);

    CaseBalance b = CaseValuation.value(new CaseValuation.Dossier(List.of(c), Optional.empty(),
            Optional.empty(), List.of(before, after), eur("144.00"),
            day -> day.isBefore(incurred) ? eur("0.00") : eur("144.00")),
        LocalDate.of(2025, 3, 31), RATES, DayCount.ACTUAL_365);

    assertThat(b.allocationOf(before)).contains(new PaymentAllocation(before, eur("0.00"),
        eur("0.00"), eur("0.00"), eur("100.00"), eur("0.00")));
    assertThat(b.allocationOf(after)).contains(new PaymentAllocation(after, eur("144.00"),
        eur("0.00"), eur("0.00"), eur("356.00"), eur("0.00")));
    // 1,000.00 + 144.00 − 600.00
    assertThat(b.due()).isEqualTo(eur("544.00"));
  }

  @Test
  void aPaymentAcrossTwoClaimsSumsItsPartsOverBoth() {
    ClaimTerms older = claim("A", LocalDate.of(2025, 2, 1), "100.00", ClaimNature.CIVIL);
    ClaimTerms newer = claim("B", LocalDate.of(2025, 3, 1), "100.00", ClaimNature.CIVIL);
    ReceivedPayment p = new ReceivedPayment(LocalDate.of(2025, 4, 1), eur("150.00"), null);

    CaseBalance b = value(List.of(newer, older), List.of(p), "0.00", LocalDate.of(2025, 4, 1));

    assertThat(b.allocationOf(p).orElseThrow().principal()).isEqualTo(eur("150.00"));
  }

  @Test
  void aPaymentAfterTheAsOfDateIsNotAllocatedYet() {
    ClaimTerms c = claim("A", LocalDate.of(2025, 2, 1), "100.00", ClaimNature.CIVIL);
    ReceivedPayment later = new ReceivedPayment(LocalDate.of(2025, 5, 1), eur("10.00"), null);

    CaseBalance b = value(List.of(c), List.of(later), "0.00", LocalDate.of(2025, 4, 1));

    assertThat(b.allocations()).isEmpty();
    assertThat(b.allocationOf(later)).isEmpty();
  }

  @Test
  void partsThatDoNotAddUpToThePaymentAreRefused() {
    ReceivedPayment p = new ReceivedPayment(LocalDate.of(2025, 4, 1), eur("10.00"), null);

    assertThatThrownBy(() -> new PaymentAllocation(p, eur("0.00"), eur("1.00"), eur("0.00"),
        eur("8.00"), eur("0.00"))).isInstanceOf(IllegalArgumentException.class);
  }
}
