package io.recova.portal.invoice;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.invoice.FeeInvoiceView;
import io.recova.agency.invoice.FeeInvoices;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import io.recova.portal.platform.ErrorMessages;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The creditor's fee invoices and credit notes, newest first: number, date, the totals excluding
 * VAT, VAT and including VAT, what is still due, and the PDF as issued in the reader's language.
 * The backend scopes the list to the caller's creditor, and each download again when its link is
 * followed.
 */
@Route(value = "portal/invoices", layout = MainLayout.class)
@VisibleTo(Audience.CREDITOR)
public class PortalInvoicesView extends VerticalLayout implements BeforeEnterObserver,
    HasDynamicTitle {

  static final String PDF = "application/pdf";

  private final FeeInvoices invoices;
  final Grid<FeeInvoiceView> grid = new Grid<>();
  final Paragraph empty = new Paragraph();

  @Inject
  public PortalInvoicesView(FeeInvoices invoices) {
    this.invoices = invoices;
    setSizeFull();
    grid.setId("invoices");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(FeeInvoiceView::number).setHeader(getTranslation("invoices.number"))
        .setAutoWidth(true);
    grid.addColumn(i -> getTranslation("invoices.kind." + i.kind().name()))
        .setHeader(getTranslation("invoices.kind")).setAutoWidth(true);
    grid.addColumn(i -> Formats.date(i.issuedOn(), getLocale()))
        .setHeader(getTranslation("invoices.issuedOn")).setAutoWidth(true);
    grid.addColumn(i -> Formats.money(i.totalExclVat(), getLocale()))
        .setHeader(getTranslation("invoices.exclVat")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(i -> Formats.money(i.totalVat(), getLocale()))
        .setHeader(getTranslation("invoices.vat")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(i -> Formats.money(i.totalInclVat(), getLocale()))
        .setHeader(getTranslation("invoices.inclVat")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(this::settlement).setHeader(getTranslation("invoices.settlement"))
        .setAutoWidth(true).setFlexGrow(1);
    grid.addComponentColumn(this::download).setAutoWidth(true).setFlexGrow(0);
    grid.setSizeFull();
    empty.setId("invoices-empty");
    empty.setText(getTranslation("invoices.empty"));
    add(new H2(getTranslation("invoices.title")),
        new Paragraph(getTranslation("invoices.intro")), empty, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<FeeInvoiceView> items = invoices.list(null, null, null);
    grid.setItems(items);
    empty.setVisible(items.isEmpty());
    grid.setVisible(!items.isEmpty());
  }

  private String settlement(FeeInvoiceView i) {
    if (i.amountDue().isZero()) {
      return getTranslation(i.totalInclVat().isNegative() ? "invoices.credited"
          : "invoices.paid");
    }
    return getTranslation("invoices.due", Formats.money(i.amountDue(), getLocale()),
        Formats.date(i.dueOn(), getLocale()));
  }

  Anchor download(FeeInvoiceView i) {
    UUID id = i.id();
    Locale locale = getLocale();
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        FeeInvoices.Pdf file = invoices.pdf(id, locale);
        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
            PDF, file.content().length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
    Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD, getTranslation("invoices.download"));
    link.setId("invoice-" + i.number());
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("invoices.title") + " · " + getTranslation("app.title");
  }
}
