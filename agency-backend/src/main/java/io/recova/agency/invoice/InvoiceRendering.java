package io.recova.agency.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.recova.agency.platform.Sha256;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders both PDFs of a run's invoices, French then English invoice by invoice, with a fixed
 * number of workers: the calling thread and helpers from the executor. A task per PDF asked the
 * container's managed executor for 400 threads at once in a run of 200 creditors, beyond its
 * pool, which refused them and failed the approval (issue 8); and more renderings at a time than
 * processors only share them. When a rendering fails, the workers stop taking more and the
 * failure is thrown, so the approval fails with it.
 */
final class InvoiceRendering {

  private final FeeInvoicePrinter printer;
  private final Executor executor;
  private final int workers;

  InvoiceRendering(FeeInvoicePrinter printer, Executor executor, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("At least one worker renders");
    }
    this.printer = printer;
    this.executor = executor;
    this.workers = workers;
  }

  /** The PDFs, two per invoice in the order given: French at 2i, English at 2i + 1. */
  List<FeeInvoice.Pdf> renderAll(List<FeeInvoiceContent> invoices) {
    int count = 2 * invoices.size();
    FeeInvoice.Pdf[] pdfs = new FeeInvoice.Pdf[count];
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Runnable worker = () -> {
      int i;
      while (!failed.get() && (i = next.getAndIncrement()) < count) {
        try {
          pdfs[i] = render(invoices.get(i / 2), i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH);
        } catch (RuntimeException | Error e) {
          failed.set(true);
          throw e;
        }
      }
    };
    List<CompletableFuture<Void>> helpers = new ArrayList<>();
    for (int h = 1; h < Math.min(workers, count); h++) {
      helpers.add(CompletableFuture.runAsync(worker, executor));
    }
    RuntimeException failure = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      failure = e;
    }
    for (CompletableFuture<Void> helper : helpers) {
      try {
        helper.join();
      } catch (CompletionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException cause ? cause : e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return List.of(pdfs);
  }

  private FeeInvoice.Pdf render(FeeInvoiceContent content, Locale language) {
    byte[] pdf = printer.render(content, language);
    return new FeeInvoice.Pdf(pdf, Sha256.hex(pdf));
  }
}
