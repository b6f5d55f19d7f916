package io.recova.portal.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.recova.agency.dispute.CreditorPosition;
import io.recova.agency.dispute.DisputeAnswer;
import io.recova.agency.dispute.DisputeOutcome;
import io.recova.agency.dispute.DisputeReason;
import io.recova.agency.dispute.DisputeResolution;
import io.recova.agency.dispute.DisputeStatus;
import io.recova.agency.dispute.DisputeView;
import io.recova.agency.dispute.Disputes;
import io.recova.agency.dispute.NewDispute;
import io.recova.portal.i18n.Formats;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The disputes of a case. Agency staff record the debtor's dispute and resolve it; the creditor
 * answers it here.
 */
class CaseDisputes extends VerticalLayout {

  CaseDisputes(UUID caseId, Disputes disputes, boolean staff, boolean closed, ZoneId zone,
      Consumer<Runnable> act) {
    setPadding(false);
    List<DisputeView> all = disputes.of(caseId);
    Grid<DisputeView> grid = new Grid<>();
    grid.setId("case-disputes");
    grid.setAllRowsVisible(true);
    grid.addColumn(d -> Formats.date(d.openedAt(), zone, getLocale()))
        .setHeader(getTranslation("dispute.openedAt")).setAutoWidth(true);
    grid.addColumn(d -> getTranslation("disputeReason." + d.reason().name()))
        .setHeader(getTranslation("dispute.reason")).setAutoWidth(true);
    grid.addColumn(DisputeView::details).setHeader(getTranslation("dispute.details"))
        .setFlexGrow(2);
    grid.addColumn(d -> getTranslation("disputeStatus." + d.status().name()))
        .setHeader(getTranslation("dispute.status")).setAutoWidth(true);
    grid.addColumn(d -> d.creditorPosition() == null ? ""
            : getTranslation("creditorPosition." + d.creditorPosition().name())
                + (d.creditorAnswer() == null ? "" : " — " + d.creditorAnswer()))
        .setHeader(getTranslation("dispute.answer")).setFlexGrow(2);
    grid.addColumn(d -> d.outcome() == null ? ""
            : getTranslation("disputeOutcome." + d.outcome().name()))
        .setHeader(getTranslation("dispute.outcome")).setAutoWidth(true);
    grid.setItems(all);
    grid.setVisible(!all.isEmpty());
    add(grid);

    DisputeView unresolved = all.stream().filter(d -> d.status() != DisputeStatus.RESOLVED)
        .findFirst().orElse(null);
    if (unresolved == null && staff && !closed) {
      add(openForm(caseId, disputes, act));
    }
    if (unresolved != null && !staff && unresolved.status() == DisputeStatus.OPEN) {
      add(answerForm(unresolved.id(), disputes, act));
    }
    if (unresolved != null && staff) {
      add(resolveForm(unresolved.id(), disputes, act));
    }
  }

  private HorizontalLayout openForm(UUID caseId, Disputes disputes, Consumer<Runnable> act) {
    Select<DisputeReason> reason = new Select<>();
    reason.setId("dispute-reason");
    reason.setLabel(getTranslation("dispute.reason"));
    reason.setItems(DisputeReason.values());
    reason.setItemLabelGenerator(r -> getTranslation("disputeReason." + r.name()));
    TextField details = new TextField(getTranslation("dispute.details"));
    details.setId("dispute-details");
    details.setWidth("24em");
    Button open = new Button(getTranslation("dispute.open"), e -> act.accept(() ->
        disputes.open(caseId, new NewDispute(reason.getValue(), details.getValue(), List.of()))));
    open.setId("dispute-open");
    return row(reason, details, open);
  }

  private HorizontalLayout answerForm(UUID disputeId, Disputes disputes, Consumer<Runnable> act) {
    Select<CreditorPosition> position = new Select<>();
    position.setId("dispute-position");
    position.setLabel(getTranslation("dispute.position"));
    position.setItems(CreditorPosition.values());
    position.setItemLabelGenerator(p -> getTranslation("creditorPosition." + p.name()));
    TextField comment = new TextField(getTranslation("dispute.comment"));
    comment.setId("dispute-comment");
    comment.setWidth("24em");
    Button answer = new Button(getTranslation("dispute.sendAnswer"), e -> act.accept(() ->
        disputes.answer(disputeId, new DisputeAnswer(position.getValue(), comment.getValue()))));
    answer.setId("dispute-answer");
    answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return row(position, comment, answer);
  }

  private HorizontalLayout resolveForm(UUID disputeId, Disputes disputes,
      Consumer<Runnable> act) {
    Select<DisputeOutcome> outcome = new Select<>();
    outcome.setId("dispute-outcome");
    outcome.setLabel(getTranslation("dispute.outcome"));
    outcome.setItems(DisputeOutcome.values());
    outcome.setItemLabelGenerator(o -> getTranslation("disputeOutcome." + o.name()));
    TextField note = new TextField(getTranslation("dispute.note"));
    note.setId("dispute-note");
    note.setWidth("24em");
    Button resolve = new Button(getTranslation("dispute.resolve"), e -> act.accept(() ->
        disputes.resolve(disputeId, new DisputeResolution(outcome.getValue(), note.getValue()))));
    resolve.setId("dispute-resolve");
    return row(outcome, note, resolve);
  }

  private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    return row;
  }
}
