package io.recova.portal.kpi;

import io.recova.agency.casefile.PortfolioChanged;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Asks a dashboard's browser to refresh when a case changes, at most one request waiting at a
 * time: a burst of payments (an import, a bank file) makes one reading of the figures, not one per
 * payment, since on a large portfolio a reading takes a noticeable time. A change that arrives
 * while the figures are being read asks again, so the last change is never missed.
 */
final class LiveRefresh implements Consumer<PortfolioChanged> {

  private final AtomicBoolean requested = new AtomicBoolean();
  private final Runnable askBrowser;

  /** @param askBrowser schedules, on the page's own UI, the browser's call to read again */
  LiveRefresh(Runnable askBrowser) {
    this.askBrowser = askBrowser;
  }

  @Override
  public void accept(PortfolioChanged change) {
    if (requested.compareAndSet(false, true)) {
      askBrowser.run();
    }
  }

  /** The page starts reading its figures: what changes from now on needs another reading. */
  void reading() {
    requested.set(false);
  }
}
