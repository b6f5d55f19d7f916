package io.recova.portal.portal;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.mandate.FeeScheduleView;
import io.recova.agency.mandate.MandateTerms;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.document.MandateDownload;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The creditor's portal home: its own identity and the terms of its mandate, and the mandate
 * summary PDF. Everything comes from {@link CreditorClientService#ownCreditor()}, which the backend
 * scopes to the caller's creditor: this view never names a creditor itself.
 */
@Route(value = "portal", layout = MainLayout.class)
@VisibleTo(Audience.CREDITOR)
public class PortalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final CreditorClientService service;
  private final MandateDownload download;

  @Inject
  public PortalView(CreditorClientService service, MandateDownload download) {
    this.service = service;
    this.download = download;
    setMaxWidth("60em");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<CreditorClientView> own = service.ownCreditor();
    if (own.isPresent()) {
      show(own.get());
    } else {
      Paragraph unbound = new Paragraph(getTranslation("portal.unbound"));
      unbound.setId("portal-unbound");
      add(new H2(getTranslation("portal.title")), unbound);
    }
  }

  private void show(CreditorClientView creditor) {
    H2 name = new H2(creditor.name());
    name.setId("creditor-name");
    DescriptionList identity = new DescriptionList();
    identity.setId("creditor-identity");
    entry(identity, "portal.siren", Formats.siren(creditor.registrationNumber()));
    entry(identity, "portal.address", creditor.address());
    entry(identity, "portal.email", creditor.contactEmail());

    MandateTerms terms = creditor.mandate();
    DescriptionList mandate = new DescriptionList();
    mandate.setId("mandate-terms");
    entry(mandate, "portal.feeAmicable", Formats.percent(terms.amicableFeePercent(), getLocale()));
    entry(mandate, "portal.feeJudicial", Formats.percent(terms.judicialFeePercent(), getLocale()));
    FeeScheduleView fees = terms.fees();
    entry(mandate, "portal.feeTiers", tiers(fees));
    entry(mandate, "portal.fileFee", euros(fees.fileFee()));
    entry(mandate, "portal.certificateFee", euros(fees.certificateFee()));
    entry(mandate, "portal.interestKeptBy",
        getTranslation("keptBy." + fees.lateInterestKeptBy().name()));
    entry(mandate, "portal.indemnityKeptBy",
        getTranslation("keptBy." + fees.indemnityKeptBy().name()));
    entry(mandate, "portal.unrecoverableCostsBorneBy",
        getTranslation("keptBy." + fees.unrecoverableCostsBorneBy().name()));
    entry(
        mandate,
        "portal.frequency",
        getTranslation("frequency." + terms.remittanceFrequency().name()));
    entry(
        mandate,
        "portal.remittanceDelay",
        terms.remittanceDelayDays() == null
            ? getTranslation("portal.remittanceDelay.legal")
            : getTranslation("portal.remittanceDelay.days", terms.remittanceDelayDays()));
    entry(mandate, "portal.iban", terms.ibanForPrint());
    entry(mandate, "portal.bic", terms.bic());
    entry(mandate, "portal.signedOn", Formats.date(terms.signedOn(), getLocale()));

    Anchor pdf = download.ownLink(creditor, getTranslation("portal.download"), getLocale());
    pdf.setId("download-mandate");
    pdf.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());

    Card card = new Card();
    card.setWidthFull();
    card.add(identity, new H3(getTranslation("portal.mandate")), mandate);
    card.addToFooter(pdf);
    add(name, card);
  }

  /** Marginal tiers, one per line; the flat-rate wording when there are none. */
  private String tiers(FeeScheduleView fees) {
    if (fees.tiers().isEmpty()) {
      return getTranslation("portal.feeTiers.none");
    }
    return fees.tiers().stream()
        .map(t -> getTranslation("portal.feeTiers.item", euros(t.above()),
            Formats.percent(t.amicableFeePercent(), getLocale()),
            Formats.percent(t.judicialFeePercent(), getLocale())))
        .collect(Collectors.joining("; "));
  }

  private String euros(BigDecimal amount) {
    return Formats.money(Money.of(amount, FeeSchedule.EUR), getLocale());
  }

  private void entry(DescriptionList list, String labelKey, String value) {
    Term term = new Term(getTranslation(labelKey));
    term.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Description description =
        new Description(value == null || value.isBlank() ? getTranslation("value.none") : value);
    description.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
    list.add(term, description);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("portal.title") + " · " + getTranslation("app.title");
  }
}
