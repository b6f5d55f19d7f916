package io.recova.portal.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import io.recova.portal.document.MandateDownload;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import io.recova.portal.portal.PortalView;
import jakarta.inject.Inject;
import java.time.ZoneId;

/** Agency console: the creditor clients with their mandate terms; a manager registers new ones. */
@Route(value = "console/clients", layout = MainLayout.class)
@PageTitle("Recova")
public class ClientsView extends VerticalLayout implements BeforeEnterObserver {

  private final CreditorClientService service;
  private final MandateDownload download;
  private final Caller caller;
  final Grid<CreditorClientView> grid = new Grid<>();

  @Inject
  public ClientsView(
      CreditorClientService service, MandateDownload download, CurrentCaller currentCaller) {
    this.service = service;
    this.download = download;
    this.caller = currentCaller.get();
    setSizeFull();

    H2 title = new H2(getTranslation("clients.title"));
    Button add = new Button(getTranslation("clients.new"), e -> openForm());
    add.setId("new-client");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setVisible(caller.has(Role.MANAGER) && !caller.isCreditorScoped());
    HorizontalLayout header = new HorizontalLayout(title, add);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

    grid.setId("clients-grid");
    grid.addColumn(CreditorClientView::name)
        .setHeader(getTranslation("clients.column.name"))
        .setFlexGrow(3)
        .setSortable(true);
    grid.addColumn(c -> c.registrationNumber() == null ? "" : c.registrationNumber())
        .setHeader(getTranslation("clients.column.siren"));
    grid.addColumn(c -> Formats.percent(c.mandate().amicableFeePercent(), getLocale()))
        .setHeader(getTranslation("clients.column.amicable"));
    grid.addColumn(c -> Formats.percent(c.mandate().judicialFeePercent(), getLocale()))
        .setHeader(getTranslation("clients.column.judicial"));
    grid.addColumn(c -> getTranslation("frequency." + c.mandate().remittanceFrequency().name()))
        .setHeader(getTranslation("clients.column.frequency"));
    grid.addColumn(c -> c.mandate().ibanForPrint())
        .setHeader(getTranslation("clients.column.iban"))
        .setFlexGrow(3);
    grid.addColumn(
            c ->
                Formats.date(
                    c.registeredAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate(),
                    getLocale()))
        .setHeader(getTranslation("clients.column.registered"));
    grid.addComponentColumn(c -> download.link(c, getTranslation("clients.download")))
        .setHeader(getTranslation("clients.column.document"));
    grid.getColumns().forEach(column -> column.setAutoWidth(true));
    grid.setSizeFull();

    add(header, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      event.forwardTo(PortalView.class);
      return;
    }
    refresh();
  }

  void refresh() {
    grid.setItems(service.list());
  }

  private void openForm() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("form.title"));
    dialog.setWidth("760px");
    CreditorClientForm form = new CreditorClientForm();
    form.addCloseListener(e -> dialog.close());
    form.addSaveListener(
        e -> {
          try {
            CreditorClientView created = service.register(e.command());
            dialog.close();
            refresh();
            Notification.show(getTranslation("client.saved", created.name()), 4000,
                    Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
          } catch (InvalidInputException invalid) {
            form.showViolations(invalid.violations());
            Notification.show(getTranslation("form.invalid"), 5000,
                    Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
          }
        });
    dialog.add(form);
    dialog.open();
  }
}
