package io.recova.agency.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import io.recova.agency.promise.PromiseTracking.Received;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseTrackingTest {

  private static final LocalDate PROMISED = LocalDate.of(2026, 11, 2);
  private static final LocalDate DUE = LocalDate.of(2026, 11, 10);

  private static Money eur(String a) {
    return Money.of(a, "EUR");
  }

  private static PromiseStatus status(List<Received> paid, LocalDate today) {
    return PromiseTracking.status(PROMISED, DUE, eur("500.00"), paid, today, 3);
  }

  @Test
  void aPromisePaidInTwoPartsByTheDateIsKept() {
    assertThat(status(List.of(new Received(LocalDate.of(2026, 11, 5), eur("200.00")),
        new Received(LocalDate.of(2026, 11, 12), eur("300.00"))), LocalDate.of(2026, 11, 20)))
        .isEqualTo(PromiseStatus.KEPT);
  }

  @Test
  void itIsPendingUntilTheGraceIsOverThenBroken() {
    List<Received> short1 = List.of(new Received(LocalDate.of(2026, 11, 9), eur("499.99")));
    assertThat(status(short1, LocalDate.of(2026, 11, 13))).isEqualTo(PromiseStatus.PENDING);
    assertThat(status(short1, LocalDate.of(2026, 11, 14))).isEqualTo(PromiseStatus.BROKEN);
  }

  @Test
  void paymentsBeforeThePromiseOrAfterTheGraceDoNotCount() {
    List<Received> outside = List.of(new Received(LocalDate.of(2026, 11, 1), eur("500.00")),
        new Received(LocalDate.of(2026, 11, 14), eur("500.00")));
    assertThat(status(outside, LocalDate.of(2026, 11, 20))).isEqualTo(PromiseStatus.BROKEN);
  }

  @Test
  void theKeptRateCountsOnlySettledPromises() {
    assertThat(PromiseTracking.keptPercent(List.of(PromiseStatus.KEPT, PromiseStatus.BROKEN,
        PromiseStatus.KEPT, PromiseStatus.PENDING))).hasValueSatisfying(
            p -> assertThat(p).isEqualByComparingTo("66.7"));
    assertThat(PromiseTracking.keptPercent(List.of(PromiseStatus.PENDING))).isEmpty();
  }
}
