package io.recova.portal.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.mandate.MandateTerms;
import io.recova.agency.security.CurrentCaller;
import io.recova.portal.console.ClientsView;
import io.recova.portal.document.MandateDownload;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The creditor's portal home: its own identity and mandate terms, and the mandate summary PDF.
 * Data comes only from {@link CreditorClientService#ownCreditor()}, scoped in the backend.
 */
@Route(value = "portal", layout = MainLayout.class)
@PageTitle("Recova")
public class PortalView extends VerticalLayout implements BeforeEnterObserver {

  private final CreditorClientService service;
  private final MandateDownload download;
  private final CurrentCaller caller;

  @Inject
  public PortalView(
      CreditorClientService service, MandateDownload download, CurrentCaller caller) {
    this.service = service;
    this.download = download;
    this.caller = caller;
    setMaxWidth("900px");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!caller.get().isCreditorScoped()) {
      event.forwardTo(ClientsView.class);
      return;
    }
    removeAll();
    Optional<CreditorClientView> own = service.ownCreditor();
    if (own.isEmpty()) {
      Paragraph unbound = new Paragraph(getTranslation("portal.unbound"));
      unbound.setId("portal-unbound");
      add(unbound);
      return;
    }
    show(own.get());
  }

  private void show(CreditorClientView creditor) {
    H2 name = new H2(creditor.name());
    name.setId("creditor-name");
    add(name);
    add(row("portal.siren", creditor.registrationNumber()));
    add(row("portal.address", creditor.address()));
    add(row("portal.email", creditor.contactEmail()));

    MandateTerms terms = creditor.mandate();
    add(new H3(getTranslation("portal.mandate")));
    Div mandate = new Div();
    mandate.setId("mandate-terms");
    mandate.add(
        row("portal.feeAmicable", Formats.percent(terms.amicableFeePercent(), getLocale())),
        row("portal.feeJudicial", Formats.percent(terms.judicialFeePercent(), getLocale())),
        row("portal.frequency", getTranslation("frequency." + terms.remittanceFrequency().name())),
        row("portal.iban", terms.ibanForPrint()),
        row("portal.bic", terms.bic()),
        row("portal.signedOn", Formats.date(terms.signedOn(), getLocale())));
    add(mandate);

    Anchor pdf = download.link(creditor, getTranslation("portal.download"));
    pdf.setId("download-mandate");
    add(pdf);
  }

  private Component row(String labelKey, String value) {
    Span label = new Span(getTranslation(labelKey));
    label.getStyle().set("display", "inline-block").set("width", "22em")
        .set("color", "var(--lumo-secondary-text-color)");
    Span text = new Span(value == null || value.isBlank() ? getTranslation("value.none") : value);
    Div row = new Div(label, text);
    row.getStyle().set("padding", "var(--lumo-space-xs) 0");
    return row;
  }
}
