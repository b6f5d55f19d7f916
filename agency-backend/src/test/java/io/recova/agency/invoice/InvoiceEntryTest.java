package io.recova.agency.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceEntryTest {

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static InvoiceLine fee(FeeKind kind, String base, String percent, String amount,
      String vat, LocalDate on) {
    return new InvoiceLine(InvoiceSource.FEE_BOOKING, UUID.randomUUID(), 0, kind, "C-1", "p", false,
        on, base == null ? null : eur(base), percent == null ? null : new BigDecimal(percent),
        eur(amount), new BigDecimal("20.00"), eur(vat), null);
  }

  private static InvoiceLine certificate(String number) {
    return new InvoiceLine(InvoiceSource.CERTIFICATE, UUID.randomUUID(), 0,
        FeeKind.CERTIFICATE_FEE, "C-9", number, false, LocalDate.of(2026, 10, 20), null, null,
        eur("80.00"), new BigDecimal("20.00"), eur("16.00"), null);
  }

  @Test
  void percentageFeesOfOneRateAreOneServiceOnTheirTotalBase() {
    List<InvoiceEntry> rows = InvoiceEntry.of(List.of(
        fee(FeeKind.CONTINGENCY, "1000.00", "15.0000", "150.00", "30.00", LocalDate.of(2026, 10, 3)),
        fee(FeeKind.CONTINGENCY, "333.33", "15.00", "50.00", "10.00", LocalDate.of(2026, 10, 1)),
        fee(FeeKind.CONTINGENCY, "100.00", "12.5", "12.50", "2.50", LocalDate.of(2026, 10, 2))));

    assertThat(rows).hasSize(2);
    InvoiceEntry rate12 = rows.get(0);
    InvoiceEntry rate15 = rows.get(1);
    assertThat(rate12.percent()).isEqualByComparingTo("12.5");
    assertThat(rate15.fees()).isEqualTo(2);
    assertThat(rate15.quantity()).isEqualTo(1);
    assertThat(rate15.base()).isEqualTo(eur("1333.33"));
    assertThat(rate15.amount()).isEqualTo(eur("200.00"));
    assertThat(rate15.unitPrice()).isEqualTo(eur("200.00"));
    assertThat(rate15.vat()).isEqualTo(eur("40.00"));
    assertThat(rate15.firstDate()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(rate15.lastDate()).isEqualTo(LocalDate.of(2026, 10, 3));
  }

  @Test
  void fixedFeesOfOneAmountAreUnitsAndVaryingOnesOneService() {
    LocalDate on = LocalDate.of(2026, 10, 5);
    List<InvoiceEntry> same = InvoiceEntry.of(List.of(
        fee(FeeKind.FILE_FEE, null, null, "50.00", "10.00", on),
        fee(FeeKind.FILE_FEE, null, null, "50.00", "10.00", on),
        fee(FeeKind.FILE_FEE, null, null, "50.00", "10.00", on)));
    assertThat(same).singleElement().satisfies(e -> {
      assertThat(e.quantity()).isEqualTo(3);
      assertThat(e.unitPrice()).isEqualTo(eur("50.00"));
      assertThat(e.amount()).isEqualTo(eur("150.00"));
      assertThat(e.base()).isNull();
    });

    List<InvoiceEntry> varying = InvoiceEntry.of(List.of(
        fee(FeeKind.LATE_INTEREST_KEPT, null, null, "12.34", "0.00", on),
        fee(FeeKind.LATE_INTEREST_KEPT, null, null, "7.66", "0.00", on)));
    assertThat(varying).singleElement().satisfies(e -> {
      assertThat(e.fees()).isEqualTo(2);
      assertThat(e.quantity()).isEqualTo(1);
      assertThat(e.unitPrice()).isEqualTo(eur("20.00"));
    });
  }

  @Test
  void certificatesStayOneRowEachAndCreditsOneRowPerInvoiceTheyCorrect() {
    LocalDate on = LocalDate.of(2026, 9, 12);
    InvoiceLine a = fee(FeeKind.CONTINGENCY, "200.00", "15.00", "30.00", "6.00", on);
    InvoiceLine b = fee(FeeKind.CONTINGENCY, "100.00", "15.00", "15.00", "3.00", on);
    InvoiceLine c = fee(FeeKind.CONTINGENCY, "100.00", "15.00", "15.00", "3.00", on);
    LocalDate reversed = LocalDate.of(2026, 10, 25);
    List<InvoiceLine> lines = new ArrayList<>(List.of(
        a.credited("FA-2026-00011", reversed), b.credited("FA-2026-00011", reversed),
        c.credited("FA-2026-00009", reversed), certificate("CI-2026-00003"),
        certificate("CI-2026-00004"),
        fee(FeeKind.CONTINGENCY, "1000.00", "15.00", "150.00", "30.00", on)));

    List<InvoiceEntry> rows = InvoiceEntry.of(lines);

    assertThat(rows).extracting(InvoiceEntry::source).containsExactly(InvoiceSource.FEE_BOOKING,
        InvoiceSource.CERTIFICATE, InvoiceSource.CERTIFICATE, InvoiceSource.FEE_REVERSAL,
        InvoiceSource.FEE_REVERSAL);
    assertThat(rows.get(1).reference()).isEqualTo("CI-2026-00003");
    assertThat(rows.get(1).caseReference()).isEqualTo("C-9");
    assertThat(rows.get(3).creditedInvoiceNumber()).isEqualTo("FA-2026-00009");
    assertThat(rows.get(4).creditedInvoiceNumber()).isEqualTo("FA-2026-00011");
    assertThat(rows.get(4).amount()).isEqualTo(eur("-45.00"));
    assertThat(rows.get(4).base()).isEqualTo(eur("300.00"));
    // The rows add up to what the lines charge
    InvoiceTotals totals = InvoiceTotals.of(lines);
    assertThat(rows.stream().map(InvoiceEntry::amount).reduce(Money::plus).orElseThrow())
        .isEqualTo(totals.exclVat());
    assertThat(rows.stream().map(InvoiceEntry::vat).reduce(Money::plus).orElseThrow())
        .isEqualTo(totals.vat());
  }
}
