package io.recova.portal.certificate;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.certificate.CertificateView;
import io.recova.agency.certificate.Certificates;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import io.recova.portal.platform.ErrorMessages;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

/**
 * The creditor's irrecoverability certificates, newest first, each with a link to its PDF as
 * issued. The backend scopes both the list and each download: the link fetches the certificate
 * again by id when followed, as the caller.
 */
@Route(value = "portal/certificates", layout = MainLayout.class)
@VisibleTo(Audience.CREDITOR)
public class CertificatesView extends VerticalLayout implements BeforeEnterObserver,
    HasDynamicTitle {

  static final String PDF = "application/pdf";

  private final Certificates certificates;
  final Grid<CertificateView> grid = new Grid<>();
  final Paragraph empty = new Paragraph();

  @Inject
  public CertificatesView(Certificates certificates) {
    this.certificates = certificates;
    setSizeFull();
    grid.setId("certificates");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(CertificateView::number).setHeader(getTranslation("certificates.number"))
        .setAutoWidth(true);
    grid.addColumn(c -> Formats.date(c.issuedOn(), getLocale()))
        .setHeader(getTranslation("certificates.issuedOn")).setAutoWidth(true);
    grid.addColumn(CertificateView::caseReference)
        .setHeader(getTranslation("cases.column.reference")).setAutoWidth(true);
    grid.addColumn(CertificateView::debtorName).setHeader(getTranslation("cases.column.debtor"))
        .setTooltipGenerator(CertificateView::debtorName).setAutoWidth(true).setFlexGrow(1);
    grid.addColumn(c -> getTranslation("writeOff.reason." + c.reason().name()))
        .setHeader(getTranslation("writeOff.reason")).setAutoWidth(true).setFlexGrow(1);
    grid.addColumn(c -> Formats.money(c.amountUnpaid(), getLocale()))
        .setHeader(getTranslation("certificates.unpaid")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addComponentColumn(this::status).setHeader(getTranslation("certificates.status"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::download).setAutoWidth(true).setFlexGrow(0);
    grid.setSizeFull();
    empty.setId("certificates-empty");
    empty.setText(getTranslation("certificates.empty"));
    add(new H2(getTranslation("certificates.title")),
        new Paragraph(getTranslation("certificates.intro")), empty, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<CertificateView> items = certificates.list();
    grid.setItems(items);
    empty.setVisible(items.isEmpty());
    grid.setVisible(!items.isEmpty());
  }

  private Span status(CertificateView c) {
    Span status = new Span(c.cancelled()
        ? getTranslation("certificates.cancelled", c.replacedBy())
        : getTranslation("certificates.valid"));
    status.getElement().getThemeList().add(c.cancelled() ? "badge contrast" : "badge success");
    return status;
  }

  Anchor download(CertificateView c) {
    UUID id = c.id();
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        Certificates.Pdf file = certificates.pdf(id);
        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
            PDF, file.content().length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
    Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD, getTranslation("certificates.download"));
    link.setId("certificate-" + c.number());
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("certificates.title") + " · " + getTranslation("app.title");
  }
}
