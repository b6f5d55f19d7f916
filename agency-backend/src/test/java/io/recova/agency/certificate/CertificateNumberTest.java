package io.recova.agency.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CertificateNumberTest {

  @Test
  void numberIsTheYearAndFiveDigits() {
    assertThat(new CertificateNumber(2026, 1)).hasToString("CI-2026-00001");
    assertThat(new CertificateNumber(2026, 12345)).hasToString("CI-2026-12345");
  }

  @Test
  void aSequenceBeyondFiveDigitsKeepsAllItsDigits() {
    assertThat(new CertificateNumber(2027, 123456)).hasToString("CI-2027-123456");
  }

  @Test
  void aPrintedNumberParsesBack() {
    assertThat(CertificateNumber.parse("CI-2026-00042")).isEqualTo(new CertificateNumber(2026, 42));
  }

  @Test
  void numbersStartAtOne() {
    assertThatThrownBy(() -> new CertificateNumber(2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherTextIsNotANumber() {
    assertThatThrownBy(() -> CertificateNumber.parse("F-2026-00001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CertificateNumber.parse("CI-26-00001"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
