package io.recova.agency.invoice;

import static io.recova.agency.invoice.InvoiceTotalsTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.fee.FeeKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvoiceRenderingTest {

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static FeeInvoiceContent invoice(int number) {
    InvoiceLine line = new InvoiceLine(InvoiceSource.FEE_BOOKING, UUID.randomUUID(), 0,
        FeeKind.CONTINGENCY, "C-" + number, "aaaaaaaa", false, LocalDate.of(2026, 10, 1), null,
        null, eur("15.00"), new BigDecimal("20.00"), eur("3.00"), null);
    return FeeInvoiceContent.compose(new InvoiceNumber(2026, number), LocalDate.of(2026, 11, 2),
        FeeInvoiceContentTest.AGENCY, FeeInvoiceContentTest.REGISTRATION, "Client " + number,
        null, "Paris", null, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2),
        List.of(line), eur("0.00"));
  }

  /** A "PDF" naming its invoice and language, so that the order can be checked. */
  private static byte[] fake(FeeInvoiceContent content, Locale language) {
    return (content.number() + " " + language.getLanguage()).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyInvoiceGetsItsFrenchThenEnglishPdfInOrderWithNoMoreRenderingsAtOnceThanWorkers() {
    List<FeeInvoiceContent> invoices = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      invoices.add(invoice(i));
    }
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    FeeInvoicePrinter printer = (content, language) -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return fake(content, language);
    };

    List<FeeInvoice.Pdf> pdfs = new InvoiceRendering(printer, pool, 3).renderAll(invoices);

    assertThat(pdfs).hasSize(400);
    assertThat(new String(pdfs.get(0).content(), StandardCharsets.UTF_8))
        .isEqualTo("FA-2026-00001 fr");
    assertThat(new String(pdfs.get(1).content(), StandardCharsets.UTF_8))
        .isEqualTo("FA-2026-00001 en");
    assertThat(new String(pdfs.get(399).content(), StandardCharsets.UTF_8))
        .isEqualTo("FA-2026-00200 en");
    assertThat(pdfs.get(0).sha256()).hasSize(64).isNotEqualTo(pdfs.get(1).sha256());
    assertThat(most.get()).isBetween(1, 3);
  }

  @Test
  void aFailedRenderingFailsTheWholeAndStopsTheRest() {
    List<FeeInvoiceContent> invoices = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      invoices.add(invoice(i));
    }
    AtomicInteger rendered = new AtomicInteger();
    FeeInvoicePrinter printer = (content, language) -> {
      if (content.number().equals("FA-2026-00005")) {
        throw new IllegalStateException("The template is broken");
      }
      rendered.incrementAndGet();
      return fake(content, language);
    };

    assertThatThrownBy(() -> new InvoiceRendering(printer, pool, 2).renderAll(invoices))
        .isInstanceOf(IllegalStateException.class).hasMessage("The template is broken");
    // The workers stopped at the failure: far fewer than the 200 PDFs were rendered.
    assertThat(rendered.get()).isLessThan(50);
  }

  @Test
  void oneWorkerRendersOnTheCallingThreadAlone() {
    Thread caller = Thread.currentThread();
    FeeInvoicePrinter printer = (content, language) -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      return fake(content, language);
    };
    assertThat(new InvoiceRendering(printer, command -> {
      throw new AssertionError("no helper is asked for");
    }, 1).renderAll(List.of(invoice(1), invoice(2)))).hasSize(4);
  }
}
