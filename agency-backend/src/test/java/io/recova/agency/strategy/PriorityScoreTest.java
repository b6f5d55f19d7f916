package io.recova.agency.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.casefile.DebtorProfile;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriorityScoreTest {

  private static PriorityScore.Score score(String amount, long pastDue, DebtorProfile profile,
      int broken, int kept, long toLimitation) {
    return PriorityScore.of(new PriorityScore.Facts(new BigDecimal(amount), pastDue, profile,
        broken, kept, toLimitation));
  }

  @Test
  void aLargeOldCaseNearLimitationComesFirstAndSaysWhy() {
    PriorityScore.Score urgent = score("12500.00", 300, DebtorProfile.NEGLIGENT, 1, 0, 60);
    // 5 digits x 8 = 40; 300/15 = 20; negligent 10; one broken promise 10; limitation 30
    assertThat(urgent.points()).isEqualTo(110);
    assertThat(urgent.reasons()).extracting(PriorityScore.Reason::code)
        .containsExactly("amount", "limitation", "age", "profile", "brokenPromises");
    assertThat(urgent.reasons().get(1).text()).isEqualTo("Limitation in 60 days");

    PriorityScore.Score calm = score("80.00", 10, DebtorProfile.INSOLVENT, 0, 2, 1500);
    // 2 digits x 8 = 16; 10/15 = 0; insolvent -20; two kept promises -10
    assertThat(calm.points()).isEqualTo(-14);
    assertThat(urgent.points()).isGreaterThan(calm.points());
  }

  @Test
  void theAmountCountsByOrderOfMagnitudeCappedAtForty() {
    assertThat(score("999.99", 0, DebtorProfile.UNKNOWN, 0, 0, 1000).points()).isEqualTo(24);
    assertThat(score("1000.00", 0, DebtorProfile.UNKNOWN, 0, 0, 1000).points()).isEqualTo(32);
    assertThat(score("9000000.00", 0, DebtorProfile.UNKNOWN, 0, 0, 1000).points()).isEqualTo(40);
    assertThat(score("0.00", 0, DebtorProfile.UNKNOWN, 0, 0, 1000).points()).isZero();
  }
}
