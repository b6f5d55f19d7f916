package io.recova.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import io.recova.agency.casefile.PortfolioChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who hears of a change on a creditor's case: that creditor's pages and the agency's, no other. */
class PortfolioBroadcasterTest {

  private final PortfolioBroadcaster broadcaster = new PortfolioBroadcaster();
  private final UUID creditorA = UUID.randomUUID();
  private final UUID creditorB = UUID.randomUUID();

  @Test
  void aChangeOnCreditorAsCaseReachesAsPagesAndTheAgencysButNeverBs() {
    List<PortfolioChanged> heardByA = new ArrayList<>();
    List<PortfolioChanged> heardByB = new ArrayList<>();
    List<PortfolioChanged> heardByAgency = new ArrayList<>();
    broadcaster.listenTo(creditorA, heardByA::add);
    broadcaster.listenTo(creditorB, heardByB::add);
    broadcaster.listenToAll(heardByAgency::add);

    PortfolioChanged change = new PortfolioChanged(creditorA, UUID.randomUUID());
    broadcaster.publish(change);

    assertThat(heardByA).containsExactly(change);
    assertThat(heardByB).isEmpty();
    assertThat(heardByAgency).containsExactly(change);
  }

  @Test
  void aClosedPageHearsNothingMore() {
    List<PortfolioChanged> heard = new ArrayList<>();
    Registration page = broadcaster.listenTo(creditorA, heard::add);
    page.remove();

    broadcaster.publish(new PortfolioChanged(creditorA, UUID.randomUUID()));

    assertThat(heard).isEmpty();
  }

  @Test
  void aFailingPageDoesNotKeepTheOthersFromHearing() {
    List<PortfolioChanged> heard = new ArrayList<>();
    broadcaster.listenTo(creditorA, change -> {
      throw new IllegalStateException("UI detached");
    });
    broadcaster.listenTo(creditorA, heard::add);

    broadcaster.publish(new PortfolioChanged(creditorA, UUID.randomUUID()));

    assertThat(heard).hasSize(1);
  }

  @Test
  void twoTabsOfOneCreditorBothHear() {
    List<PortfolioChanged> first = new ArrayList<>();
    List<PortfolioChanged> second = new ArrayList<>();
    broadcaster.listenTo(creditorB, first::add);
    broadcaster.listenTo(creditorB, second::add);

    broadcaster.publish(new PortfolioChanged(creditorB, UUID.randomUUID()));

    assertThat(first).hasSize(1);
    assertThat(second).hasSize(1);
  }
}
