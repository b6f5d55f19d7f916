package io.recova.portal.writeoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import io.recova.agency.certificate.IrrecoverabilityReason;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.writeoff.WriteOffDecision;
import io.recova.agency.writeoff.WriteOffStatus;
import io.recova.agency.writeoff.WriteOffView;
import io.recova.agency.writeoff.WriteOffs;
import io.recova.portal.UiTestContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteOffApprovalsViewTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Paris"));

  /** The backend as the view sees it: the waiting requests and the decisions taken. */
  static final class FakeWriteOffs extends WriteOffs {
    final List<WriteOffView> waiting = new ArrayList<>();
    final List<String> decisions = new ArrayList<>();
    boolean conflict;

    @Override
    public List<WriteOffView> list(WriteOffStatus status) {
      return List.copyOf(waiting);
    }

    @Override
    public WriteOffView approve(UUID id, WriteOffDecision decision) {
      return decide(id, decision, "approve");
    }

    @Override
    public WriteOffView refuse(UUID id, WriteOffDecision decision) {
      return decide(id, decision, "refuse");
    }

    private WriteOffView decide(UUID id, WriteOffDecision decision, String verb) {
      WriteOffView w = waiting.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      waiting.remove(w);
      if (conflict) {
        throw new ConflictException("writeOff.decided", "Someone decided meanwhile");
      }
      decisions.add(verb + " " + id + " " + decision.note() + " " + decision.language());
      return new WriteOffView(w.id(), w.reference(), w.caseId(), w.caseReference(),
          w.debtorName(), w.reason(), w.evidenceDocumentIds(), w.note(),
          WriteOffStatus.APPROVED, w.requestedBy(), w.requestedAt(), "manager", Instant.now(),
          decision.note(), "CI-2026-00001");
    }
  }

  private UiTestContext context;
  private final FakeWriteOffs writeOffs = new FakeWriteOffs();

  @BeforeEach
  void setUp() {
    context = UiTestContext.open(Locale.FRENCH);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private static WriteOffView requested(String reference) {
    return new WriteOffView(UUID.randomUUID(), "W-12345678", UUID.randomUUID(), reference,
        "Jeanne Martin", IrrecoverabilityReason.INSOLVENCY_PROCEEDINGS, List.of(UUID.randomUUID()),
        "Liquidation judiciaire", WriteOffStatus.REQUESTED, "collector",
        Instant.parse("2026-11-20T09:00:00Z"), null, null, null, null);
  }

  private static List<WriteOffView> shown(WriteOffApprovalsView view) {
    return view.grid.getDataProvider().fetch(new Query<>()).toList();
  }

  private WriteOffApprovalsView open() {
    WriteOffApprovalsView view = new WriteOffApprovalsView(writeOffs, CLOCK);
    view.refresh();
    return view;
  }

  @Test
  void withNothingWaitingItSaysSoInsteadOfAnEmptyGrid() {
    WriteOffApprovalsView view = open();
    assertThat(view.empty.isVisible()).isTrue();
    assertThat(view.empty.getText()).isEqualTo("Aucune demande en attente.");
    assertThat(view.grid.isVisible()).isFalse();
  }

  @Test
  void anApprovalGoesWithItsNoteAndTheConsoleLanguageAndTheRequestLeavesTheList() {
    WriteOffView first = requested("WO-1");
    WriteOffView second = requested("WO-2");
    writeOffs.waiting.addAll(List.of(first, second));
    WriteOffApprovalsView view = open();
    assertThat(shown(view)).containsExactly(first, second);

    view.note.setValue("Vu le jugement");
    view.decide(first, true);

    assertThat(writeOffs.decisions).containsExactly(
        "approve " + first.id() + " Vu le jugement fr");
    assertThat(shown(view)).containsExactly(second);
    assertThat(view.note.getValue()).isEmpty();
  }

  @Test
  void aDecisionTakenMeanwhileIsToldAndTheListRefreshed() {
    WriteOffView w = requested("WO-3");
    writeOffs.waiting.add(w);
    WriteOffApprovalsView view = open();
    writeOffs.conflict = true;

    view.decide(w, false);

    assertThat(writeOffs.decisions).isEmpty();
    assertThat(shown(view)).isEmpty();
  }
}
