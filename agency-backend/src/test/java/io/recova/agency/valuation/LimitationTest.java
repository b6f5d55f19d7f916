package io.recova.agency.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.valuation.ClaimNature;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitationTest {

  private static final LocalDate DUE = LocalDate.of(2025, 3, 15);

  @Test
  void aB2bClaimIsTimeBarredFiveYearsAfterItFellDue() {
    assertThat(Limitation.of(ClaimNature.B2B, DUE, List.of()).limitationDate())
        .isEqualTo(LocalDate.of(2030, 3, 15));
  }

  @Test
  void aConsumerClaimIsTimeBarredAfterTwoYears() {
    assertThat(Limitation.of(ClaimNature.B2C, DUE, List.of()).limitationDate())
        .isEqualTo(LocalDate.of(2027, 3, 15));
  }

  @Test
  void aPartPaymentRestartsThePeriodAtFullLength() {
    Limitation.Event payment =
        new Limitation.Event(LimitationEventKind.PART_PAYMENT, LocalDate.of(2026, 6, 1));

    Limitation.Result result = Limitation.of(ClaimNature.B2C, DUE, List.of(payment));

    assertThat(result.limitationDate()).isEqualTo(LocalDate.of(2028, 6, 1));
    assertThat(result.lastInterruption()).contains(payment);
  }

  @Test
  void aFormalNoticeOrAReminderDoesNotInterrupt() {
    Limitation.Result result =
        Limitation.of(
            ClaimNature.B2C,
            DUE,
            List.of(
                new Limitation.Event(LimitationEventKind.FORMAL_NOTICE, LocalDate.of(2026, 1, 10)),
                new Limitation.Event(LimitationEventKind.REMINDER, LocalDate.of(2026, 12, 1))));

    assertThat(result.limitationDate()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(result.lastInterruption()).isEmpty();
  }

  @Test
  void theLatestOfSeveralInterruptionsCounts() {
    Limitation.Result result =
        Limitation.of(
            ClaimNature.B2B,
            DUE,
            List.of(
                new Limitation.Event(LimitationEventKind.COURT_CLAIM, LocalDate.of(2027, 5, 2)),
                new Limitation.Event(LimitationEventKind.ACKNOWLEDGEMENT, LocalDate.of(2026, 1, 3))));

    assertThat(result.limitationDate()).isEqualTo(LocalDate.of(2032, 5, 2));
  }

  @Test
  void aCourtTitleIsEnforceableForTenYearsFromService() {
    assertThat(Limitation.ofCourtTitle(LocalDate.of(2026, 1, 10), List.of()).limitationDate())
        .isEqualTo(LocalDate.of(2036, 1, 10));
  }
}
