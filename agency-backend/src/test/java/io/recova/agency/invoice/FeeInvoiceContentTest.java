package io.recova.agency.invoice;

import static io.recova.agency.invoice.InvoiceTotalsTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.organisation.AgencyRegistration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeeInvoiceContentTest {

  static final AgencyIdentity AGENCY = new AgencyIdentity("Recova Recouvrement SAS",
      "12 rue de la Bourse, 69002 Lyon", "552100554", "contact@recova.example",
      "+33 4 72 00 00 00", "FR76 3000 4000 3123 4567 8901 429", "dpo@recova.example");
  static final AgencyRegistration REGISTRATION = new AgencyRegistration("SAS", "10 000 EUR",
      "55210055400005", "RCS Lyon 552 100 554", "FR96552100554");

  private static InvoiceLine line(String reference, LocalDate on, String amount, String vat) {
    return new InvoiceLine(InvoiceSource.FEE_BOOKING, UUID.randomUUID(), 0, FeeKind.CONTINGENCY,
        "C-1", reference, false, on, null, null, eur(amount), new BigDecimal("20.00"), eur(vat),
        null);
  }

  private static FeeInvoiceContent compose(List<InvoiceLine> lines, String receivable) {
    return FeeInvoiceContent.compose(new InvoiceNumber(2026, 5), LocalDate.of(2026, 11, 2),
        AGENCY, REGISTRATION, "Martin Matériaux SAS", "732829320", "5 avenue Foch", null,
        LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2), lines, eur(receivable));
  }

  @Test
  void linesAreByDateCreditsLastAndLinesChargingNothingAreLeftOff() {
    InvoiceLine late = line("bbbbbbbb", LocalDate.of(2026, 10, 20), "30.00", "6.00");
    InvoiceLine early = line("aaaaaaaa", LocalDate.of(2026, 10, 1), "15.00", "3.00");
    InvoiceLine credit = line("cccccccc", LocalDate.of(2026, 9, 1), "10.00", "2.00")
        .credited("FA-2026-00001", LocalDate.of(2026, 10, 10));
    InvoiceLine nothing = line("dddddddd", LocalDate.of(2026, 10, 5), "0.00", "0.00");

    FeeInvoiceContent c = compose(List.of(credit, late, nothing, early), "0.00");

    assertThat(c.lines()).containsExactly(early, late, credit);
    assertThat(c.number()).isEqualTo("FA-2026-00005");
    assertThat(c.serviceFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(c.serviceTo()).isEqualTo(LocalDate.of(2026, 10, 20));
    // 45.00 − 10.00 = 35.00 excluding VAT, 9.00 − 2.00 = 7.00 VAT, 42.00 in all.
    assertThat(c.totals().inclVat()).isEqualTo(eur("42.00"));
    assertThat(c.settlement().settledBySetOff()).isEqualTo(eur("42.00"));
    assertThat(c.isCreditNote()).isFalse();
  }

  @Test
  void nothingToInvoiceIsNoInvoice() {
    assertThatThrownBy(() -> compose(
        List.of(line("dddddddd", LocalDate.of(2026, 10, 5), "0.00", "0.00")), "0.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
