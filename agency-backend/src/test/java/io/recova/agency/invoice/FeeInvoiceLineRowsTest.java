package io.recova.agency.invoice;

import static io.recova.agency.invoice.InvoiceTotalsTest.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.fee.FeeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeeInvoiceLineRowsTest {

  private static InvoiceLine line(String caseReference) {
    return new InvoiceLine(InvoiceSource.FEE_BOOKING, UUID.randomUUID(), 0, FeeKind.CONTINGENCY,
        caseReference, "aaaaaaaa", false, LocalDate.of(2026, 10, 1), null, null, eur("15.00"),
        new BigDecimal("20.00"), eur("3.00"), null);
  }

  @Test
  void aColumnIsOneArrayLiteralWithQuotesAndBackslashesEscapedAndNullsAsNull() {
    List<InvoiceLine> lines = List.of(line("C-1"), line("say \"A,B\" \\ {x}"), line(null));

    assertThat(FeeInvoiceLineRows.array(lines, InvoiceLine::caseReference))
        .isEqualTo("{\"C-1\",\"say \\\"A,B\\\" \\\\ {x}\",NULL}");
  }

  @Test
  void valuesKeepTheLinesOrder() {
    List<InvoiceLine> lines = List.of(line("C-2"), line("C-1"));

    assertThat(FeeInvoiceLineRows.array(lines, l -> l.amount().amount().toPlainString()
        + "/" + l.caseReference())).isEqualTo("{\"15.00/C-2\",\"15.00/C-1\"}");
  }
}
