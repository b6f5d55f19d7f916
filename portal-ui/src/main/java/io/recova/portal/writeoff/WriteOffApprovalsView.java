package io.recova.portal.writeoff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.recova.agency.platform.RecovaException;
import io.recova.agency.writeoff.WriteOffDecision;
import io.recova.agency.writeoff.WriteOffStatus;
import io.recova.agency.writeoff.WriteOffView;
import io.recova.agency.writeoff.WriteOffs;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.cases.CaseView;
import io.recova.portal.i18n.Formats;
import io.recova.portal.i18n.Translations;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The requests to close cases as irrecoverable, oldest first, each approved (the case closes and
 * its certificate is issued, in the language of the console) or refused from here by a manager.
 */
@Route(value = "console/write-offs", layout = MainLayout.class)
@VisibleTo(Audience.AGENCY_MANAGERS)
public class WriteOffApprovalsView extends VerticalLayout implements BeforeEnterObserver,
    HasDynamicTitle {

  private final WriteOffs writeOffs;
  private final Clock clock;
  final Grid<WriteOffView> grid = new Grid<>();
  final Paragraph empty = new Paragraph();
  final TextField note = new TextField();

  @Inject
  public WriteOffApprovalsView(WriteOffs writeOffs, Clock clock) {
    this.writeOffs = writeOffs;
    this.clock = clock;
    setSizeFull();
    grid.setId("write-offs");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(WriteOffView::caseReference)
        .setHeader(getTranslation("cases.column.reference")).setAutoWidth(true);
    grid.addColumn(WriteOffView::debtorName).setHeader(getTranslation("cases.column.debtor"))
        .setFlexGrow(1);
    grid.addColumn(w -> getTranslation("writeOff.reason." + w.reason().name()))
        .setHeader(getTranslation("writeOff.reason")).setFlexGrow(1);
    grid.addColumn(w -> w.evidenceDocumentIds().size())
        .setHeader(getTranslation("writeOff.evidenceCount")).setAutoWidth(true);
    grid.addColumn(WriteOffView::requestedBy).setHeader(getTranslation("writeOff.requestedBy"))
        .setAutoWidth(true)
        .setTooltipGenerator(w -> Formats.date(w.requestedAt(), clock.getZone(), getLocale()));
    grid.addColumn(WriteOffView::note).setHeader(getTranslation("writeOff.note"))
        .setTooltipGenerator(WriteOffView::note).setFlexGrow(2);
    grid.addComponentColumn(this::decisionButtons).setAutoWidth(true).setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
        e.getItem().caseId().toString())));
    grid.setSizeFull();
    note.setId("write-off-decision-note");
    note.setLabel(getTranslation("approvals.note"));
    note.setMaxLength(1000);
    note.setWidth("30em");
    empty.setId("write-offs-empty");
    empty.setText(getTranslation("writeOffs.empty"));
    add(new H2(getTranslation("writeOffs.title")),
        new Paragraph(getTranslation("writeOffs.intro")), note, empty, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh();
  }

  void refresh() {
    List<WriteOffView> items = writeOffs.list(WriteOffStatus.REQUESTED);
    grid.setItems(items);
    empty.setVisible(items.isEmpty());
    grid.setVisible(!items.isEmpty());
  }

  private HorizontalLayout decisionButtons(WriteOffView w) {
    Button approve = new Button(getTranslation("approvals.approve"), e -> decide(w, true));
    approve.setId("approve-write-off-" + w.id());
    approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
    Button refuse = new Button(getTranslation("approvals.refuse"), e -> decide(w, false));
    refuse.setId("refuse-write-off-" + w.id());
    refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(approve, refuse);
  }

  /** Decides with the note typed above the list, then shows the list as it is now. */
  void decide(WriteOffView w, boolean approve) {
    try {
      WriteOffDecision decision = new WriteOffDecision(note.getValue(),
          getLocale().getLanguage().equals("en") ? "en" : "fr");
      String said;
      if (approve) {
        WriteOffView done = writeOffs.approve(w.id(), decision);
        said = getTranslation("writeOffs.approved", w.caseReference(), done.certificateNumber());
      } else {
        writeOffs.refuse(w.id(), decision);
        said = getTranslation("writeOffs.refused", w.caseReference());
      }
      note.clear();
      notify(said, NotificationVariant.LUMO_SUCCESS);
    } catch (RecovaException refused) {
      String translated = getTranslation("refusal." + refused.code());
      notify(Translations.isMissing(translated) ? refused.getMessage() : translated,
          NotificationVariant.LUMO_ERROR);
    }
    refresh();
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification n = new Notification(text, 6000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(variant);
    n.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("writeOffs.title") + " · " + getTranslation("app.title");
  }
}
