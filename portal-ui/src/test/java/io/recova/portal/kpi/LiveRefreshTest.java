package io.recova.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.casefile.PortfolioChanged;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A burst of changes makes one reading; a change during a reading makes another. */
class LiveRefreshTest {

  private final AtomicInteger asked = new AtomicInteger();
  private final LiveRefresh live = new LiveRefresh(asked::incrementAndGet);

  private static PortfolioChanged change() {
    return new PortfolioChanged(UUID.randomUUID(), UUID.randomUUID());
  }

  @Test
  void aBurstOfChangesAsksTheBrowserOnce() {
    live.accept(change());
    live.accept(change());
    live.accept(change());

    assertThat(asked).hasValue(1);
  }

  @Test
  void aChangeWhileTheFiguresAreReadAsksAgain() {
    live.accept(change());
    live.reading();
    live.accept(change());

    assertThat(asked).hasValue(2);
  }
}
