package io.recova.agency.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which returned payments a line's reclaimedNetted recovers: oldest first, after earlier ones. */
class ReclaimsNettedTest {

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static ReclaimsNetted.Reclaim reclaim(String reclaimed) {
    return new ReclaimsNetted.Reclaim(UUID.randomUUID(), "CASE", LocalDate.of(2026, 3, 2),
        eur("100.00"), LocalDate.of(2026, 4, 2), eur(reclaimed));
  }

  @Test
  void theOldestReclaimIsRecoveredFirstAndTheRestWaits() {
    ReclaimsNetted.Reclaim first = reclaim("82.00");
    ReclaimsNetted.Reclaim second = reclaim("41.00");

    List<ReclaimsNetted.Open> open =
        ReclaimsNetted.allocate(List.of(first, second), eur("0.00"), eur("100.00"));

    assertThat(open).containsExactly(
        new ReclaimsNetted.Open(first, eur("82.00"), eur("82.00")),
        new ReclaimsNetted.Open(second, eur("41.00"), eur("18.00")));
    assertThat(open.get(1).owedAfter()).isEqualTo(eur("23.00"));
  }

  @Test
  void whatEarlierRemittancesRecoveredIsNotCountedAgain() {
    ReclaimsNetted.Reclaim first = reclaim("82.00");
    ReclaimsNetted.Reclaim second = reclaim("41.00");

    List<ReclaimsNetted.Open> open =
        ReclaimsNetted.allocate(List.of(first, second), eur("100.00"), eur("0.00"));

    // 82.00 of the first and 18.00 of the second were recovered before: 23.00 still owed.
    assertThat(open).containsExactly(new ReclaimsNetted.Open(second, eur("23.00"), eur("0.00")));
  }
}
