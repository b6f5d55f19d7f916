package io.recova.portal.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.document.MandateDownload;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Agency console: the creditor clients with their mandate terms and mandate summary PDF; managers
 * and administrators register new ones.
 */
@Route(value = "console/clients", layout = MainLayout.class)
@VisibleTo(Audience.AGENCY_STAFF)
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

  private final CreditorClientService service;
  private final MandateDownload download;
  private final Clock clock;
  /** Only a manager amends fees (the service decides; the button is not offered to others). */
  private final boolean mayAmendFees;
  final Grid<CreditorClientView> grid = new Grid<>();
  final Button newClient = new Button();

  @Inject
  public ClientsView(
      CreditorClientService service,
      MandateDownload download,
      Clock clock,
      CurrentCaller currentCaller) {
    this.service = service;
    this.download = download;
    this.clock = clock;
    this.mayAmendFees = currentCaller.get().has(Role.MANAGER);
    setSizeFull();

    H2 title = new H2(getTranslation("clients.title"));
    newClient.setText(getTranslation("clients.new"));
    newClient.setIcon(VaadinIcon.PLUS.create());
    newClient.setId("new-client");
    newClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    newClient.addClickListener(e -> openForm());
    newClient.setVisible(Audience.AGENCY_MANAGEMENT.admits(currentCaller.get()));
    HorizontalLayout header = new HorizontalLayout(title, newClient);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

    configureGrid();
    add(header, grid);
  }

  private void configureGrid() {
    grid.setId("clients-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(CreditorClientView::name)
        .setKey("name")
        .setHeader(getTranslation("clients.column.name"))
        .setFlexGrow(3);
    grid.addColumn(c -> Formats.siren(c.registrationNumber()))
        .setKey("siren")
        .setHeader(getTranslation("clients.column.siren"));
    grid.addColumn(c -> Formats.percent(c.mandate().amicableFeePercent(), getLocale()))
        .setKey("feeAmicable")
        .setHeader(getTranslation("clients.column.amicable"))
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(c -> Formats.percent(c.mandate().judicialFeePercent(), getLocale()))
        .setKey("feeJudicial")
        .setHeader(getTranslation("clients.column.judicial"))
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(c -> getTranslation("frequency." + c.mandate().remittanceFrequency().name()))
        .setKey("frequency")
        .setHeader(getTranslation("clients.column.frequency"));
    grid.addColumn(c -> c.mandate().ibanForPrint())
        .setKey("iban")
        .setHeader(getTranslation("clients.column.iban"))
        .setFlexGrow(3);
    grid.addColumn(c -> Formats.date(c.registeredAt(), clock.getZone(), getLocale()))
        .setKey("registered")
        .setHeader(getTranslation("clients.column.registered"));
    grid.addComponentColumn(this::mandateLink)
        .setKey("mandate")
        .setHeader(getTranslation("clients.column.document"));
    if (mayAmendFees) {
      grid.addComponentColumn(this::feesButton)
          .setKey("fees")
          .setHeader(getTranslation("clients.column.fees"));
    }
    grid.getColumns().forEach(column -> column.setAutoWidth(true));
    grid.setSizeFull();
    // Lazy: only the rows on screen are read, one page of the service at a time.
    grid.setItems(
        query -> service.page(query.getPage(), query.getPageSize()).items().stream(),
        query -> (int) service.page(0, 1).total());
  }

  private Anchor mandateLink(CreditorClientView client) {
    Anchor link = download.link(client, getTranslation("clients.download"), getLocale());
    link.setId("mandate-pdf-" + client.id());
    return link;
  }

  private Button feesButton(CreditorClientView client) {
    Button button = new Button(getTranslation("clients.fees"), e -> openFees(client));
    button.setId("fees-" + client.id());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  void openFees(CreditorClientView client) {
    Dialog dialog = new Dialog();
    dialog.setId("fees-dialog");
    dialog.setHeaderTitle(getTranslation("fees.title", client.name()));
    dialog.setWidth("min(52em, 95vw)");
    dialog.setCloseOnOutsideClick(false);
    FeeScheduleForm form = new FeeScheduleForm(client.mandate().fees());
    form.addCloseListener(e -> dialog.close());
    form.addSaveListener(e -> amendFees(client, e, dialog));
    dialog.add(form);
    add(dialog);
    dialog.addOpenedChangeListener(
        e -> {
          if (!e.isOpened()) {
            remove(dialog);
          }
        });
    dialog.open();
  }

  private void amendFees(
      CreditorClientView client, FeeScheduleForm.SaveEvent event, Dialog dialog) {
    try {
      service.changeFees(client.id(), event.command());
      dialog.close();
      grid.getDataProvider().refreshAll();
      notify(getTranslation("fees.saved", client.name()), NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidInputException invalid) {
      event.getSource().showViolations(invalid.violations());
      notify(getTranslation("form.invalid"), NotificationVariant.LUMO_ERROR);
    } catch (ForbiddenException refused) {
      notify(getTranslation("error.forbidden"), NotificationVariant.LUMO_ERROR);
    }
  }

  private void openForm() {
    Dialog dialog = new Dialog();
    dialog.setId("client-dialog");
    dialog.setHeaderTitle(getTranslation("form.title"));
    dialog.setWidth("min(52em, 95vw)");
    // A stray click beside the dialog must not throw away what was typed.
    dialog.setCloseOnOutsideClick(false);
    CreditorClientForm form = new CreditorClientForm(LocalDate.now(clock));
    form.addCloseListener(e -> dialog.close());
    form.addSaveListener(e -> register(e, dialog));
    dialog.add(form);
    // Held by the view while open, so that leaving the page also closes it.
    add(dialog);
    dialog.addOpenedChangeListener(
        e -> {
          if (!e.isOpened()) {
            remove(dialog);
          }
        });
    dialog.open();
  }

  private void register(CreditorClientForm.SaveEvent event, Dialog dialog) {
    try {
      CreditorClientView created = service.register(event.command());
      dialog.close();
      grid.getDataProvider().refreshAll();
      notify(getTranslation("client.saved", created.name()), NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidInputException invalid) {
      event.getSource().showViolations(invalid.violations());
      notify(getTranslation("form.invalid"), NotificationVariant.LUMO_ERROR);
    } catch (ForbiddenException refused) {
      // The dialog stays open with the input: the user may copy it before leaving.
      notify(getTranslation("error.forbidden"), NotificationVariant.LUMO_ERROR);
    }
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification notification = new Notification(text, 5000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(variant);
    notification.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("clients.title") + " · " + getTranslation("app.title");
  }
}
