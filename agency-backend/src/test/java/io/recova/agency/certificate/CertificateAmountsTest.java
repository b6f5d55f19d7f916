package io.recova.agency.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateAmountsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void anInvoiceWithoutItsRateIsSplitAtTheStandardTwentyPercent() {
    InvoiceAmounts i = InvoiceAmounts.of("F-1", DAY, eur("1200.00"), null);

    assertThat(i.vatPercent()).isEqualByComparingTo("20");
    assertThat(i.exclVat()).isEqualTo(eur("1000.00"));
    assertThat(i.vat()).isEqualTo(eur("200.00"));
    assertThat(i.inclVat()).isEqualTo(eur("1200.00"));
  }

  @Test
  void thePriceIsRoundedHalfUpAndTheVatIsTheRestSoTheThreeAlwaysAddUp() {
    // 1000.00 / 1.2 = 833.333...: 833.33 and 166.67
    InvoiceAmounts i = InvoiceAmounts.of("F-2", DAY, eur("1000.00"), null);

    assertThat(i.exclVat()).isEqualTo(eur("833.33"));
    assertThat(i.vat()).isEqualTo(eur("166.67"));
  }

  @Test
  void aReducedRateGivenByTheCreditorIsUsed() {
    InvoiceAmounts i = InvoiceAmounts.of("F-3", DAY, eur("211.00"), new BigDecimal("5.5"));

    assertThat(i.exclVat()).isEqualTo(eur("200.00"));
    assertThat(i.vat()).isEqualTo(eur("11.00"));
  }

  @Test
  void anInvoiceOutsideVatHasNone() {
    InvoiceAmounts i = InvoiceAmounts.of("F-4", DAY, eur("500.00"), BigDecimal.ZERO);

    assertThat(i.exclVat()).isEqualTo(eur("500.00"));
    assertThat(i.vat()).isEqualTo(eur("0.00"));
  }

  @Test
  void totalsAreTheSumsOfTheInvoicesAndPaymentsReduceWhatIsUnpaid() {
    CertificateAmounts a = CertificateAmounts.of(List.of(
        InvoiceAmounts.of("F-1", DAY, eur("1200.00"), null),
        InvoiceAmounts.of("F-2", DAY, eur("2400.00"), null)), eur("600.00"));

    assertThat(a.totalExclVat()).isEqualTo(eur("3000.00"));
    assertThat(a.totalVat()).isEqualTo(eur("600.00"));
    assertThat(a.totalInclVat()).isEqualTo(eur("3600.00"));
    assertThat(a.recovered()).isEqualTo(eur("600.00"));
    assertThat(a.unpaidInclVat()).isEqualTo(eur("3000.00"));
    assertThat(a.unpaidExclVat()).isEqualTo(eur("2500.00"));
    assertThat(a.unpaidVat()).isEqualTo(eur("500.00"));
  }

  @Test
  void theUnpaidVatFollowsTheInvoicesProportionRoundedHalfUp() {
    // 1000.00 incl. VAT, of which 166.67 VAT; 100.00 paid: 900.00 × 166.67 / 1000 = 150.003
    CertificateAmounts a = CertificateAmounts.of(
        List.of(InvoiceAmounts.of("F-2", DAY, eur("1000.00"), null)), eur("100.00"));

    assertThat(a.unpaidVat()).isEqualTo(eur("150.00"));
    assertThat(a.unpaidExclVat()).isEqualTo(eur("750.00"));
  }

  @Test
  void paymentsAboveTheInvoicesLeaveNothingUnpaid() {
    CertificateAmounts a = CertificateAmounts.of(
        List.of(InvoiceAmounts.of("F-1", DAY, eur("120.00"), null)), eur("150.00"));

    assertThat(a.unpaidInclVat()).isEqualTo(eur("0.00"));
    assertThat(a.unpaidVat()).isEqualTo(eur("0.00"));
  }

  @Test
  void aCertificateNamesAtLeastOneInvoice() {
    assertThatThrownBy(() -> CertificateAmounts.of(List.of(), eur("0.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
