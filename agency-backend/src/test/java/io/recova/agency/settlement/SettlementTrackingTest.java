package io.recova.agency.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.ReceivedPayment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementTrackingTest {

  private static final LocalDate ACCEPTED = LocalDate.of(2026, 11, 2);
  private static final LocalDate PAY_BY = LocalDate.of(2026, 11, 30);
  private static final int GRACE = 5;

  private static ReceivedPayment paid(int month, int day, String amount) {
    return new ReceivedPayment(LocalDate.of(2026, month, day), Money.of(amount, "EUR"), null);
  }

  /** 750.00 agreed instead of 1 000.00, to be paid by 30 November 2026, five days of grace. */
  private static SettlementStatus track(List<ReceivedPayment> payments, LocalDate today) {
    return SettlementTracking.track(ACCEPTED, PAY_BY, Money.of("750.00", "EUR"), payments, today,
        GRACE);
  }

  @Test
  void theAgreedAmountPaidInTwoPartsMakesItPaid() {
    List<ReceivedPayment> payments = List.of(paid(11, 10, "300.00"), paid(11, 28, "450.00"));
    assertThat(track(payments, LocalDate.of(2026, 11, 28))).isEqualTo(SettlementStatus.PAID);
  }

  @Test
  void payingMoreThanAgreedIsStillPaid() {
    assertThat(track(List.of(paid(11, 20, "800.00")), LocalDate.of(2026, 11, 21)))
        .isEqualTo(SettlementStatus.PAID);
  }

  @Test
  void aPaymentWithinTheGraceStillCounts() {
    // 30 November + 5 days = 5 December, the last day a payment counts.
    assertThat(track(List.of(paid(12, 5, "750.00")), LocalDate.of(2026, 12, 6)))
        .isEqualTo(SettlementStatus.PAID);
  }

  @Test
  void oneCentShortItRunsUntilTheGraceIsOverThenLapses() {
    List<ReceivedPayment> short1 = List.of(paid(11, 25, "749.99"));
    assertThat(track(short1, LocalDate.of(2026, 11, 30))).isEqualTo(SettlementStatus.ACCEPTED);
    assertThat(track(short1, LocalDate.of(2026, 12, 5))).isEqualTo(SettlementStatus.ACCEPTED);
    assertThat(track(short1, LocalDate.of(2026, 12, 6))).isEqualTo(SettlementStatus.LAPSED);
  }

  @Test
  void withoutAnyPaymentItLapsesTheDayAfterTheGrace() {
    assertThat(track(List.of(), LocalDate.of(2026, 12, 5))).isEqualTo(SettlementStatus.ACCEPTED);
    assertThat(track(List.of(), LocalDate.of(2026, 12, 6))).isEqualTo(SettlementStatus.LAPSED);
  }

  @Test
  void paymentsBeforeTheAcceptanceOrAfterTheGraceDoNotCount() {
    List<ReceivedPayment> outside = List.of(paid(11, 1, "750.00"), paid(12, 6, "750.00"));
    assertThat(track(outside, LocalDate.of(2026, 12, 7))).isEqualTo(SettlementStatus.LAPSED);
    List<ReceivedPayment> onTheDay = List.of(paid(11, 2, "750.00"));
    assertThat(track(onTheDay, LocalDate.of(2026, 11, 2))).isEqualTo(SettlementStatus.PAID);
  }

  @Test
  void noGraceMeansItLapsesTheDayAfterThePayByDate() {
    Money agreed = Money.of("750.00", "EUR");
    assertThat(SettlementTracking.track(ACCEPTED, PAY_BY, agreed, List.of(), PAY_BY, 0))
        .isEqualTo(SettlementStatus.ACCEPTED);
    assertThat(SettlementTracking.track(ACCEPTED, PAY_BY, agreed, List.of(),
        PAY_BY.plusDays(1), 0)).isEqualTo(SettlementStatus.LAPSED);
    assertThatThrownBy(() -> SettlementTracking.track(ACCEPTED, PAY_BY, agreed, List.of(),
        PAY_BY, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
