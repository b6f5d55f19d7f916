package io.recova.portal.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.recova.agency.casefile.DocumentView;
import io.recova.agency.certificate.IrrecoverabilityReason;
import io.recova.agency.writeoff.NewWriteOff;
import io.recova.agency.writeoff.WriteOffStatus;
import io.recova.agency.writeoff.WriteOffView;
import io.recova.agency.writeoff.WriteOffs;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Closing the case as irrecoverable, in the case workspace: the requests made and how they were
 * decided (with the certificate issued), and for agency staff on an open case the request form:
 * a reason, evidence among the case's documents, a note. A manager decides in the console.
 */
class CaseWriteOff extends VerticalLayout {

  final Select<IrrecoverabilityReason> reason = new Select<>();
  final MultiSelectComboBox<DocumentView> evidence = new MultiSelectComboBox<>();
  final TextArea note = new TextArea();
  final Button ask = new Button();

  CaseWriteOff(UUID caseId, WriteOffs writeOffs, List<DocumentView> documents, boolean staff,
      boolean open, Consumer<Runnable> act) {
    setPadding(false);
    setId("write-off");
    List<WriteOffView> requests = writeOffs.of(caseId);
    if (requests.isEmpty()) {
      add(new Paragraph(getTranslation("writeOff.none")));
    } else {
      UnorderedList list = new UnorderedList();
      requests.forEach(w -> list.add(new ListItem(line(w))));
      add(list);
    }
    boolean waiting = requests.stream().anyMatch(w -> w.status() == WriteOffStatus.REQUESTED);
    if (!staff || !open || waiting) {
      return;
    }
    reason.setId("write-off-reason");
    reason.setLabel(getTranslation("writeOff.reason"));
    reason.setItems(IrrecoverabilityReason.values());
    reason.setItemLabelGenerator(r -> getTranslation("writeOff.reason." + r.name()));
    evidence.setId("write-off-evidence");
    evidence.setLabel(getTranslation("writeOff.evidence"));
    evidence.setItems(documents);
    evidence.setItemLabelGenerator(d -> d.fileName() + " (" + d.kind() + ")");
    evidence.setWidth("30em");
    note.setId("write-off-note");
    note.setLabel(getTranslation("writeOff.note"));
    note.setMaxLength(1000);
    note.setWidth("30em");
    ask.setId("write-off-ask");
    ask.setText(getTranslation("writeOff.ask"));
    ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
    ask.addClickListener(e -> act.accept(() -> writeOffs.request(caseId, new NewWriteOff(
        reason.getValue(), evidence.getValue().stream().map(DocumentView::id).toList(),
        note.getValue()))));
    add(new Paragraph(getTranslation("writeOff.intro")), reason, evidence, note, ask);
  }

  private String line(WriteOffView w) {
    String text = w.reference() + " · " + getTranslation("writeOff.reason." + w.reason().name())
        + " · " + getTranslation("writeOff.status." + w.status().name())
        + " (" + w.requestedBy() + (w.decidedBy() == null ? "" : " → " + w.decidedBy()) + ")";
    if (w.certificateNumber() != null) {
      text += " · " + getTranslation("writeOff.certificate", w.certificateNumber());
    }
    return w.note() == null ? text : text + " — " + w.note();
  }
}
