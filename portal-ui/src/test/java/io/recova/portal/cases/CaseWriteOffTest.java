package io.recova.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.casefile.DocumentKind;
import io.recova.agency.casefile.DocumentView;
import io.recova.agency.certificate.IrrecoverabilityReason;
import io.recova.agency.writeoff.NewWriteOff;
import io.recova.agency.writeoff.WriteOffStatus;
import io.recova.agency.writeoff.WriteOffView;
import io.recova.agency.writeoff.WriteOffs;
import io.recova.portal.UiTestContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseWriteOffTest {

  private static final UUID CASE = UUID.randomUUID();

  /** The backend as the component sees it: the case's requests and the new ones asked for. */
  static final class FakeWriteOffs extends WriteOffs {
    final List<WriteOffView> existing = new ArrayList<>();
    final List<NewWriteOff> asked = new ArrayList<>();

    @Override
    public List<WriteOffView> of(UUID caseId) {
      return List.copyOf(existing);
    }

    @Override
    public WriteOffView request(UUID caseId, NewWriteOff command) {
      asked.add(command);
      return null;
    }
  }

  private UiTestContext context;
  private final FakeWriteOffs writeOffs = new FakeWriteOffs();
  private final DocumentView pv = document("pv-carence.pdf");

  @BeforeEach
  void setUp() {
    context = UiTestContext.open(Locale.FRENCH);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private static DocumentView document(String name) {
    return new DocumentView(UUID.randomUUID(), DocumentKind.PROOF, name, "application/pdf", 100,
        "0".repeat(64), Instant.parse("2026-11-20T09:00:00Z"), "collector");
  }

  private static WriteOffView request(WriteOffStatus status, String certificate) {
    return new WriteOffView(UUID.randomUUID(), "W-1a2b3c4d", CASE, "MM-1", "Durand SARL",
        IrrecoverabilityReason.ENFORCEMENT_WITHOUT_RESULT, List.of(), "PV de carence", status,
        "collector", Instant.parse("2026-11-20T09:00:00Z"), "manager",
        Instant.parse("2026-11-21T09:00:00Z"), null, certificate);
  }

  @Test
  void staffAskWithAReasonEvidenceAndANote() {
    CaseWriteOff form = new CaseWriteOff(CASE, writeOffs, List.of(pv), true, true, Runnable::run);

    form.reason.setValue(IrrecoverabilityReason.ENFORCEMENT_WITHOUT_RESULT);
    form.evidence.setValue(Set.of(pv));
    form.note.setValue("Rien à saisir");
    form.ask.click();

    assertThat(writeOffs.asked).containsExactly(new NewWriteOff(
        IrrecoverabilityReason.ENFORCEMENT_WITHOUT_RESULT, List.of(pv.id()), "Rien à saisir"));
  }

  @Test
  void theCreditorOnlyReadsTheRequestsAndTheCertificateIssued() {
    writeOffs.existing.add(request(WriteOffStatus.APPROVED, "CI-2026-00001"));

    CaseWriteOff form = new CaseWriteOff(CASE, writeOffs, List.of(pv), false, false,
        Runnable::run);

    assertThat(form.ask.getParent()).isEmpty();
    assertThat(form.getElement().getTextRecursively()).contains("W-1a2b3c4d",
        "Exécution infructueuse (PV de carence)", "approuvée", "certificat CI-2026-00001");
  }

  @Test
  void noSecondRequestWhileOneWaits() {
    writeOffs.existing.add(request(WriteOffStatus.REQUESTED, null));

    CaseWriteOff form = new CaseWriteOff(CASE, writeOffs, List.of(pv), true, true, Runnable::run);

    assertThat(form.ask.getParent()).isEmpty();
    assertThat(form.getElement().getTextRecursively()).contains("en attente d'un responsable");
  }
}
