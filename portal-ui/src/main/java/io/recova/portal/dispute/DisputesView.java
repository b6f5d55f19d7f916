package io.recova.portal.dispute;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.recova.agency.dispute.DisputeStatus;
import io.recova.agency.dispute.DisputeView;
import io.recova.agency.dispute.Disputes;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.cases.CaseView;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Disputes by status, newest first: a creditor sees those on its own cases that wait for its
 * answer; the agency sees them all. A row opens the case, where the answer is given.
 */
@Route(value = "disputes", layout = MainLayout.class)
@VisibleTo(Audience.PORTFOLIO)
public class DisputesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final Disputes disputes;
  final Select<DisputeStatus> status = new Select<>();
  final Grid<DisputeView> grid = new Grid<>();
  final Paragraph empty = new Paragraph();

  @Inject
  public DisputesView(Disputes disputes, Clock clock) {
    this.disputes = disputes;
    setSizeFull();
    status.setId("disputes-status");
    status.setLabel(getTranslation("dispute.status"));
    status.setItems(DisputeStatus.values());
    status.setItemLabelGenerator(s -> getTranslation("disputeStatus." + s.name()));
    status.setValue(DisputeStatus.OPEN);
    status.addValueChangeListener(e -> refresh());
    grid.setId("disputes");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(d -> Formats.date(d.openedAt(), clock.getZone(), getLocale()))
        .setHeader(getTranslation("dispute.openedAt")).setAutoWidth(true);
    grid.addColumn(DisputeView::caseReference).setHeader(getTranslation("cases.column.reference"))
        .setAutoWidth(true);
    grid.addColumn(DisputeView::debtorName).setHeader(getTranslation("cases.column.debtor"))
        .setAutoWidth(true);
    grid.addColumn(d -> getTranslation("disputeReason." + d.reason().name()))
        .setHeader(getTranslation("dispute.reason")).setAutoWidth(true);
    grid.addColumn(DisputeView::details).setHeader(getTranslation("dispute.details"))
        .setFlexGrow(3);
    grid.addColumn(d -> getTranslation("disputeStatus." + d.status().name()))
        .setHeader(getTranslation("dispute.status")).setAutoWidth(true);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
        e.getItem().caseId().toString())));
    grid.setSizeFull();
    empty.setId("disputes-empty");
    empty.setText(getTranslation("disputes.empty"));
    add(new H2(getTranslation("disputes.title")), status, empty, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh();
  }

  private void refresh() {
    List<DisputeView> items = disputes.list(status.getValue());
    grid.setItems(items);
    empty.setVisible(items.isEmpty());
    grid.setVisible(!items.isEmpty());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("disputes.title") + " · " + getTranslation("app.title");
  }
}
