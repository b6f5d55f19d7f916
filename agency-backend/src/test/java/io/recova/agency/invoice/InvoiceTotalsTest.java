package io.recova.agency.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static InvoiceLine line(FeeKind kind, String amount, String vatPercent, String vat) {
    return new InvoiceLine(InvoiceSource.FEE_BOOKING, UUID.randomUUID(), 0, kind, "C-1",
        "12345678", false, LocalDate.of(2026, 10, 5), null, null, eur(amount),
        new BigDecimal(vatPercent), eur(vat), null);
  }

  /**
   * 150.00 + 30.00 and 50.00 + 10.00 at 20 %, the 40.00 indemnity at 0 %: at 20 %, base 200.00
   * and VAT 40.00; at 0 %, 40.00 and 0.00; 240.00 + 40.00 = 280.00.
   */
  @Test
  void totalsAreSplitPerVatRateLowestFirst() {
    InvoiceTotals totals = InvoiceTotals.of(List.of(
        line(FeeKind.CONTINGENCY, "150.00", "20.00", "30.00"),
        line(FeeKind.INDEMNITY_KEPT, "40.00", "0.00", "0.00"),
        line(FeeKind.FILE_FEE, "50.00", "20", "10.00")));

    assertThat(totals.perRate()).containsExactly(
        new InvoiceTotals.RateTotal(new BigDecimal("0.00"), eur("40.00"), eur("0.00")),
        new InvoiceTotals.RateTotal(new BigDecimal("20.00"), eur("200.00"), eur("40.00")));
    assertThat(totals.exclVat()).isEqualTo(eur("240.00"));
    assertThat(totals.vat()).isEqualTo(eur("40.00"));
    assertThat(totals.inclVat()).isEqualTo(eur("280.00"));
    assertThat(totals.isCreditNote()).isFalse();
  }

  /**
   * Three fees of 0.33 each bore VAT of 0.066, rounded half up to 0.07 when charged: the invoice
   * says 0.21, what the ledger charged, not 20 % of 0.99 = 0.198 rounded to 0.20.
   */
  @Test
  void theVatOfARateIsTheSumOfItsLinesAsChargedNotTheRateAppliedToTheTotal() {
    InvoiceTotals totals = InvoiceTotals.of(List.of(
        line(FeeKind.CONTINGENCY, "0.33", "20.00", "0.07"),
        line(FeeKind.CONTINGENCY, "0.33", "20.00", "0.07"),
        line(FeeKind.CONTINGENCY, "0.33", "20.00", "0.07")));

    assertThat(totals.perRate()).singleElement().satisfies(r -> {
      assertThat(r.base()).isEqualTo(eur("0.99"));
      assertThat(r.vat()).isEqualTo(eur("0.21"));
    });
    assertThat(totals.inclVat()).isEqualTo(eur("1.20"));
  }

  /**
   * A fee of 150.00 + 30.00 invoiced earlier and credited (−150.00 − 30.00) with a new one of
   * 50.00 + 10.00: −100.00 − 20.00 = −120.00, a credit note.
   */
  @Test
  void aNegativeTotalMakesACreditNote() {
    InvoiceLine charged = line(FeeKind.CONTINGENCY, "150.00", "20.00", "30.00");
    InvoiceTotals totals = InvoiceTotals.of(List.of(
        charged.credited("FA-2026-00003", LocalDate.of(2026, 11, 2)),
        line(FeeKind.FILE_FEE, "50.00", "20.00", "10.00")));

    assertThat(totals.exclVat()).isEqualTo(eur("-100.00"));
    assertThat(totals.vat()).isEqualTo(eur("-20.00"));
    assertThat(totals.inclVat()).isEqualTo(eur("-120.00"));
    assertThat(totals.isCreditNote()).isTrue();
  }

  @Test
  void anInvoiceWithoutLinesIsRefused() {
    assertThatThrownBy(() -> InvoiceTotals.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
