package io.recova.portal.settlement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import io.recova.agency.settlement.Decision;
import io.recova.agency.settlement.SettlementView;
import io.recova.agency.settlement.Settlements;
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
 * The settlements waiting for an approval, oldest first, each approved or refused from here. A
 * manager sees all of them; a creditor's user opens the same view under the portal ({@link
 * PortalApprovalsView}) and sees its own, because the backend scopes the list, not this view.
 */
@Route(value = "console/approvals", layout = MainLayout.class)
@VisibleTo(Audience.AGENCY_MANAGERS)
public class ApprovalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final Settlements settlements;
  private final Clock clock;
  final Grid<SettlementView> grid = new Grid<>();
  final Paragraph empty = new Paragraph();
  final TextField note = new TextField();

  @Inject
  public ApprovalsView(Settlements settlements, Clock clock) {
    this.settlements = settlements;
    this.clock = clock;
    setSizeFull();
    grid.setId("approvals");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(SettlementView::caseReference)
        .setHeader(getTranslation("cases.column.reference")).setAutoWidth(true);
    grid.addColumn(SettlementView::debtorName).setHeader(getTranslation("cases.column.debtor"))
        .setTooltipGenerator(SettlementView::debtorName).setFlexGrow(1);
    grid.addColumn(s -> Formats.money(s.balanceDue(), getLocale()))
        .setHeader(getTranslation("settlement.balanceDue")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(s -> Formats.money(s.amount(), getLocale()))
        .setHeader(getTranslation("settlement.amount")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(s -> Formats.percent(s.discountPercent(), getLocale()))
        .setHeader(getTranslation("settlement.discount")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(s -> Formats.date(s.payBy(), getLocale()))
        .setHeader(getTranslation("settlement.payBy")).setAutoWidth(true);
    grid.addColumn(SettlementView::proposedBy)
        .setHeader(getTranslation("settlement.proposedBy")).setAutoWidth(true)
        .setTooltipGenerator(s -> Formats.date(s.proposedAt(), clock.getZone(), getLocale()));
    grid.addColumn(SettlementView::note).setHeader(getTranslation("settlement.note"))
        .setTooltipGenerator(SettlementView::note).setFlexGrow(2);
    // Kept in view on a narrow screen: deciding is what this page is for.
    grid.addComponentColumn(this::decisionButtons).setAutoWidth(true).setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
        e.getItem().caseId().toString())));
    grid.setSizeFull();
    note.setId("approval-note");
    note.setLabel(getTranslation("approvals.note"));
    note.setMaxLength(1000);
    note.setWidth("30em");
    empty.setId("approvals-empty");
    empty.setText(getTranslation("approvals.empty"));
    add(new H2(getTranslation("approvals.title")), new Paragraph(getTranslation("approvals.intro")),
        note, empty, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh();
  }

  void refresh() {
    List<SettlementView> items = settlements.awaitingApproval();
    grid.setItems(items);
    empty.setVisible(items.isEmpty());
    grid.setVisible(!items.isEmpty());
  }

  private HorizontalLayout decisionButtons(SettlementView s) {
    Button approve = new Button(getTranslation("approvals.approve"),
        e -> decide(s, true));
    approve.setId("approve-" + s.id());
    approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
    Button refuse = new Button(getTranslation("approvals.refuse"),
        e -> decide(s, false));
    refuse.setId("refuse-" + s.id());
    refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    HorizontalLayout buttons = new HorizontalLayout(approve, refuse);
    buttons.setSpacing(true);
    return buttons;
  }

  /** Approves or refuses with the note typed above the list, then shows the list as it is now. */
  void decide(SettlementView s, boolean approve) {
    try {
      Decision decision = new Decision(note.getValue());
      if (approve) {
        settlements.approve(s.id(), decision);
      } else {
        settlements.refuse(s.id(), decision);
      }
      note.clear();
      notify(getTranslation(approve ? "approvals.approved" : "approvals.refused",
          s.caseReference()), NotificationVariant.LUMO_SUCCESS);
    } catch (RecovaException refused) {
      // Someone decided meanwhile (409), or the settlement is gone: say so, show the list as it is.
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
    return getTranslation("approvals.title") + " · " + getTranslation("app.title");
  }
}
