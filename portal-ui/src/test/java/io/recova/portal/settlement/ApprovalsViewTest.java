package io.recova.portal.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import io.recova.agency.money.Money;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.settlement.Decision;
import io.recova.agency.settlement.SettlementStatus;
import io.recova.agency.settlement.SettlementView;
import io.recova.agency.settlement.Settlements;
import io.recova.portal.UiTestContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApprovalsViewTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Paris"));

  /** The backend as the view sees it: a list of waiting settlements and the decisions taken. */
  static final class FakeSettlements extends Settlements {
    final List<SettlementView> waiting = new ArrayList<>();
    final List<String> decisions = new ArrayList<>();
    boolean conflict;

    @Override
    public List<SettlementView> awaitingApproval() {
      return List.copyOf(waiting);
    }

    @Override
    public SettlementView approve(UUID id, Decision decision) {
      return decide(id, decision, "approve");
    }

    @Override
    public SettlementView refuse(UUID id, Decision decision) {
      return decide(id, decision, "refuse");
    }

    private SettlementView decide(UUID id, Decision decision, String verb) {
      waiting.removeIf(s -> s.id().equals(id));
      if (conflict) {
        throw new ConflictException("settlement.decided", "Someone decided meanwhile");
      }
      decisions.add(verb + " " + id + " " + decision.note());
      return null;
    }
  }

  private UiTestContext context;
  private final FakeSettlements settlements = new FakeSettlements();

  @BeforeEach
  void setUp() {
    context = UiTestContext.open(Locale.FRENCH);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private static SettlementView awaiting(String reference) {
    Money due = Money.of("1000.00", "EUR");
    return new SettlementView(UUID.randomUUID(), UUID.randomUUID(), reference, "Jeanne Martin",
        Money.of("750.00", "EUR"), due, new BigDecimal("25.00"), LocalDate.of(2026, 12, 15),
        SettlementStatus.PROPOSED_AWAITING_APPROVAL, "collector",
        Instant.parse("2026-11-20T09:00:00Z"), "Final offer", null, null, null);
  }

  private static List<SettlementView> shown(ApprovalsView view) {
    return view.grid.getDataProvider().fetch(new Query<>()).toList();
  }

  private ApprovalsView open() {
    ApprovalsView view = new ApprovalsView(settlements, CLOCK);
    view.refresh();
    return view;
  }

  @Test
  void withNothingWaitingItSaysSoInsteadOfAnEmptyGrid() {
    ApprovalsView view = open();
    assertThat(view.empty.isVisible()).isTrue();
    assertThat(view.empty.getText()).isEqualTo("Aucune remise n’attend d’approbation.");
    assertThat(view.grid.isVisible()).isFalse();
  }

  @Test
  void anApprovalGoesWithItsNoteAndTheSettlementLeavesTheList() {
    SettlementView first = awaiting("SET-1");
    SettlementView second = awaiting("SET-2");
    settlements.waiting.addAll(List.of(first, second));
    ApprovalsView view = open();
    assertThat(shown(view)).containsExactly(first, second);

    view.note.setValue("Accord du créancier");
    view.decide(first, true);

    assertThat(settlements.decisions).containsExactly(
        "approve " + first.id() + " Accord du créancier");
    assertThat(shown(view)).containsExactly(second);
    assertThat(view.note.getValue()).isEmpty();

    view.decide(second, false);
    assertThat(settlements.decisions).last().asString().startsWith("refuse " + second.id());
    assertThat(view.grid.isVisible()).isFalse();
  }

  @Test
  void aDecisionTakenMeanwhileBySomeoneElseIsToldAndTheListRefreshed() {
    SettlementView s = awaiting("SET-3");
    settlements.waiting.add(s);
    ApprovalsView view = open();
    settlements.conflict = true;

    view.decide(s, true);

    assertThat(settlements.decisions).isEmpty();
    assertThat(shown(view)).isEmpty();
  }

  @Test
  void theCreditorsPortalShowsTheSameList() {
    settlements.waiting.add(awaiting("SET-4"));
    ApprovalsView view = new PortalApprovalsView(settlements, CLOCK);
    view.refresh();
    assertThat(shown(view)).extracting(SettlementView::caseReference).containsExactly("SET-4");
  }
}
