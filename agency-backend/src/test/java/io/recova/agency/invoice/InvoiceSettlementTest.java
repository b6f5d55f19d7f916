package io.recova.agency.invoice;

import static io.recova.agency.invoice.InvoiceTotalsTest.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceSettlementTest {

  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

  @Test
  void anInvoiceTheRemittanceCoveredIsPaidOnItsIssueDate() {
    InvoiceSettlement s = InvoiceSettlement.of(eur("340.00"), eur("0.00"), ISSUED);

    assertThat(s.settledBySetOff()).isEqualTo(eur("340.00"));
    assertThat(s.due()).isEqualTo(eur("0.00"));
    assertThat(s.dueOn()).isEqualTo(ISSUED);
    assertThat(s.fullySettled()).isTrue();
  }

  /** 100.00 still receivable of 340.00: 240.00 set off, 100.00 due thirty days on (L441-10). */
  @Test
  void whatTheRemittanceCouldNotNetIsDueInThirtyDays() {
    InvoiceSettlement s = InvoiceSettlement.of(eur("340.00"), eur("100.00"), ISSUED);

    assertThat(s.settledBySetOff()).isEqualTo(eur("240.00"));
    assertThat(s.due()).isEqualTo(eur("100.00"));
    assertThat(s.dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(s.fullySettled()).isFalse();
  }

  /** Older receivables beyond this invoice are not its own: at most its total is due. */
  @Test
  void anInvoiceNeverOwesMoreThanItsTotal() {
    InvoiceSettlement s = InvoiceSettlement.of(eur("96.00"), eur("250.00"), ISSUED);

    assertThat(s.settledBySetOff()).isEqualTo(eur("0.00"));
    assertThat(s.due()).isEqualTo(eur("96.00"));
  }

  @Test
  void aCreditNoteIsAppliedAgainstTheRemittanceAndOwesNothing() {
    InvoiceSettlement s = InvoiceSettlement.of(eur("-36.00"), eur("80.00"), ISSUED);

    assertThat(s.settledBySetOff()).isEqualTo(eur("-36.00"));
    assertThat(s.due()).isEqualTo(eur("0.00"));
    assertThat(s.dueOn()).isEqualTo(ISSUED);
  }
}
