package io.recova.agency.invoice;

import static io.recova.agency.invoice.InvoiceTotalsTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.fee.FeeLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceLineTest {

  private static final UUID PAYMENT = UUID.fromString("1a2b3c4d-0000-0000-0000-000000000001");

  /** 12.5 % of 333.33 = 41.66625, rounded half up to 41.67 when charged; VAT 8.334 → 8.33. */
  private static InvoiceLine contingency() {
    FeeLine fee = new FeeLine(FeeKind.CONTINGENCY, "Contingency 12.5 %", eur("333.33"),
        new BigDecimal("12.5000"), eur("41.67"), new BigDecimal("20.00"), eur("8.33"));
    return InvoiceLine.charged(InvoiceSource.FEE_BOOKING, PAYMENT, 0, fee, "C-7", "1a2b3c4d",
        false, LocalDate.of(2026, 10, 5));
  }

  @Test
  void aFeeIsOneUnitPricedAtItsAmountExcludingVat() {
    InvoiceLine line = contingency();

    assertThat(line.quantity()).isEqualTo(1);
    assertThat(line.unitPrice()).isEqualTo(eur("41.67"));
    assertThat(line.inclVat()).isEqualTo(eur("50.00"));
    assertThat(line.creditedInvoiceNumber()).isNull();
  }

  @Test
  void aCreditedLineIsTheSameFeeNegatedNamingTheInvoiceThatChargedIt() {
    InvoiceLine credit = contingency().credited("FA-2026-00007", LocalDate.of(2026, 11, 3));

    assertThat(credit.source()).isEqualTo(InvoiceSource.FEE_REVERSAL);
    assertThat(credit.sourceId()).isEqualTo(PAYMENT);
    assertThat(credit.amount()).isEqualTo(eur("-41.67"));
    assertThat(credit.vat()).isEqualTo(eur("-8.33"));
    assertThat(credit.unitPrice()).isEqualTo(eur("-41.67"));
    assertThat(credit.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(credit.creditedInvoiceNumber()).isEqualTo("FA-2026-00007");
  }

  @Test
  void onlyACreditedLineNamesAnInvoice() {
    InvoiceLine line = contingency();
    assertThatThrownBy(() -> new InvoiceLine(InvoiceSource.FEE_BOOKING, PAYMENT, 0,
        FeeKind.CONTINGENCY, null, "x", false, line.serviceDate(), null, null, line.amount(),
        line.vatPercent(), line.vat(), "FA-2026-00001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvoiceLine(InvoiceSource.FEE_REVERSAL, PAYMENT, 0,
        FeeKind.CONTINGENCY, null, "x", false, line.serviceDate(), null, null, line.amount(),
        line.vatPercent(), line.vat(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
