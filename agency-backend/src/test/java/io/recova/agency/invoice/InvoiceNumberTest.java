package io.recova.agency.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvoiceNumberTest {

  @Test
  void aNumberIsTheYearAndAFiveDigitSequence() {
    assertThat(new InvoiceNumber(2026, 1)).hasToString("FA-2026-00001");
    assertThat(new InvoiceNumber(2026, 417)).hasToString("FA-2026-00417");
    assertThat(new InvoiceNumber(2026, 123456)).hasToString("FA-2026-123456");
  }

  @Test
  void aPrintedNumberReadsBackAsItself() {
    assertThat(InvoiceNumber.parse("FA-2026-00042")).isEqualTo(new InvoiceNumber(2026, 42));
    assertThat(InvoiceNumber.parse("FA-2027-123456")).isEqualTo(new InvoiceNumber(2027, 123456));
    assertThatThrownBy(() -> InvoiceNumber.parse("CI-2026-00042"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InvoiceNumber.parse("FA-2026-42"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSequenceFollowsOnWithinAYearAndRestartsAtOneInTheNext() {
    InvoiceNumber last2026 = new InvoiceNumber(2026, 318);

    assertThat(last2026.next(2026)).hasToString("FA-2026-00319");
    assertThat(last2026.next(2027)).hasToString("FA-2027-00001");
    assertThat(last2026.next(2027).next(2027)).hasToString("FA-2027-00002");
    assertThatThrownBy(() -> last2026.next(2025)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thereIsNoInvoiceZeroNorAYearOfThreeDigits() {
    assertThatThrownBy(() -> new InvoiceNumber(2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvoiceNumber(999, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
