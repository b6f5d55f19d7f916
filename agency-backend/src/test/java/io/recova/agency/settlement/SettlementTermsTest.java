package io.recova.agency.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SettlementTermsTest {

  private static final BigDecimal TEN = new BigDecimal("10.00");

  private static Money eur(String a) {
    return Money.of(a, "EUR");
  }

  private static SettlementTerms terms(String agreed, String due) {
    return SettlementTerms.of(eur(agreed), eur(due));
  }

  @Test
  void nineHundredOnAThousandIsATenPercentDiscountWithinATenPercentAuthority() {
    SettlementTerms t = terms("900.00", "1000.00");
    assertThat(t.discountPercent()).isEqualByComparingTo("10.00");
    assertThat(t.discountPercent().scale()).isEqualTo(2);
    assertThat(t.withinAuthority(TEN)).isTrue();
  }

  @Test
  void sevenHundredFiftyOnAThousandIsTwentyFivePercentAndNeedsAnApproval() {
    SettlementTerms t = terms("750.00", "1000.00");
    assertThat(t.discountPercent()).isEqualByComparingTo("25.00");
    assertThat(t.withinAuthority(TEN)).isFalse();
    assertThat(t.withinAuthority(new BigDecimal("25"))).isTrue();
  }

  @Test
  void theDiscountIsRoundedToTwoDecimalsHalfUp() {
    // 234.56 × 100 / 1234.56 = 18.99948… → 19.00
    assertThat(terms("1000.00", "1234.56").discountPercent()).isEqualByComparingTo("19.00");
    // 1150.37 → 1000.00: 15037 / 1150.37 = 13.0714… → 13.07
    assertThat(terms("1000.00", "1150.37").discountPercent()).isEqualByComparingTo("13.07");
    // 0.04 × 100 / 800 = 0.005 exactly: half up gives 0.01 (half even would give 0.00)
    assertThat(terms("799.96", "800.00").discountPercent()).isEqualByComparingTo("0.01");
  }

  @Test
  void theAuthorityIsComparedWithTheRoundedDiscount() {
    // 200.09 / 2000 = 10.0045 % → 10.00: within a 10 % authority
    assertThat(terms("1799.91", "2000.00").withinAuthority(TEN)).isTrue();
    // 200.10 / 2000 = 10.005 % → 10.01: above it
    assertThat(terms("1799.90", "2000.00").withinAuthority(TEN)).isFalse();
  }

  @Test
  void payingTheWholeBalanceIsANoughtPercentDiscountAndANoughtAuthorityAllowsOnlyThat() {
    SettlementTerms t = terms("1000.00", "1000.00");
    assertThat(t.discountPercent()).isEqualByComparingTo("0.00");
    assertThat(t.withinAuthority(BigDecimal.ZERO)).isTrue();
    // 0.10 off 1 000.00 is 0.01 %: above a nought authority. (One cent off is 0.001 %, which
    // rounds to 0.00 and stays within it: the rule compares the rounded discount.)
    assertThat(terms("999.90", "1000.00").withinAuthority(BigDecimal.ZERO)).isFalse();
    assertThat(terms("999.99", "1000.00").withinAuthority(BigDecimal.ZERO)).isTrue();
  }

  @Test
  void theAgreedAmountIsAboveZeroAndAtMostTheBalanceDue() {
    assertThatThrownBy(() -> terms("0.00", "1000.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above zero");
    assertThatThrownBy(() -> terms("-5.00", "1000.00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> terms("1000.01", "1000.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceed");
    assertThatThrownBy(() -> SettlementTerms.of(Money.of("900.00", "USD"), eur("1000.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    assertThat(SettlementTerms.acceptable(eur("0.01"), eur("1000.00"))).isTrue();
    assertThat(SettlementTerms.acceptable(eur("0.00"), eur("1000.00"))).isFalse();
    assertThat(SettlementTerms.acceptable(eur("1000.01"), eur("1000.00"))).isFalse();
  }
}
