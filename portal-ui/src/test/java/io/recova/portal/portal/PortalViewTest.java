package io.recova.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.mandate.CostsBorneBy;
import io.recova.agency.mandate.FeeScheduleView;
import io.recova.agency.mandate.KeptBy;
import io.recova.agency.mandate.MandateTerms;
import io.recova.portal.FakeCreditorClients;
import io.recova.portal.UiTestContext;
import io.recova.portal.document.MandateDownload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PortalViewTest {

  private UiTestContext context;
  private final FakeCreditorClients service = new FakeCreditorClients();

  /** A link without a PDF behind it: rendering is the reports module's business. */
  private final MandateDownload download =
      new MandateDownload() {
        @Override
        public Anchor link(CreditorClientView client, String text, Locale locale) {
          throw new AssertionError("the portal links only to its own creditor's summary");
        }

        @Override
        public Anchor ownLink(CreditorClientView own, String text, Locale locale) {
          return new Anchor("#own-pdf", text);
        }
      };

  private PortalView open(Locale locale) {
    context = UiTestContext.open(locale);
    PortalView view = new PortalView(service, download);
    view.beforeEnter(null);
    return view;
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  @Test
  void aCreditorSeesItsOwnNameAndMandateTermsInFrench() {
    service.own = Optional.of(FakeCreditorClients.martin());

    PortalView view = open(Locale.FRENCH);

    assertThat(textOf(view, "creditor-name")).isEqualTo("Martin Matériaux SAS");
    String page = allText(view);
    assertThat(page)
        .contains("552\u00a0100\u00a0554")
        .contains("12,50\u00a0%", "18,00\u00a0%")
        .contains("Mensuelle")
        .contains("FR76 3000 6000 0112 3456 7890 189")
        .contains("AGRIFRPP")
        .contains("03/11/2025");
    assertThat(textOf(view, "download-mandate"))
        .isEqualTo("Télécharger la synthèse de mon mandat (PDF)");
  }

  @Test
  void theSameTermsReadTheEnglishWayInEnglish() {
    service.own = Optional.of(FakeCreditorClients.martin());

    PortalView view = open(Locale.ENGLISH);

    assertThat(allText(view)).contains("12.50%", "Monthly", "Nov 3, 2025");
    assertThat(textOf(view, "download-mandate")).isEqualTo("Download my mandate summary (PDF)");
  }

  @Test
  void aCreditorSeesItsWholeFeeSchedule() {
    CreditorClientView flat = FakeCreditorClients.martin();
    MandateTerms t = flat.mandate();
    service.own = Optional.of(new CreditorClientView(flat.id(), flat.name(),
        flat.registrationNumber(), flat.address(), flat.contactEmail(),
        new MandateTerms(t.amicableFeePercent(), t.judicialFeePercent(), t.remittanceFrequency(),
            t.iban(), t.bic(), t.signedOn(),
            new FeeScheduleView(t.amicableFeePercent(), t.judicialFeePercent(),
                List.of(new FeeScheduleView.Tier(new BigDecimal("5000.00"),
                    new BigDecimal("10.00"), new BigDecimal("12.00"))),
                new BigDecimal("30.00"), new BigDecimal("0.00"), KeptBy.AGENCY,
                KeptBy.CREDITOR, CostsBorneBy.AGENCY), null),
        flat.registeredAt()));

    String page = allText(open(Locale.ENGLISH));

    assertThat(page).contains("above €5,000.00: 10.00% amicable, 12.00% judicial")
        .contains("€30.00").contains("The agency").contains("You, the creditor")
        .contains("Advanced costs not recovered from the debtor borne by");
  }

  @Test
  void aFlatFeeScheduleSaysSo() {
    service.own = Optional.of(FakeCreditorClients.martin());

    assertThat(allText(open(Locale.FRENCH)))
        .contains("Aucune : les taux ci-dessus s’appliquent à tout montant");
  }

  @Test
  void aUserBoundToNoCreditorReadsWhyThereIsNothingToShow() {
    service.own = Optional.empty();

    PortalView view = open(Locale.FRENCH);

    assertThat(textOf(view, "portal-unbound")).contains("n’est rattaché à aucun créancier");
    assertThat(find(view, "creditor-name")).isEmpty();
  }

  @Test
  void thePortalNeverListsCreditors() {
    service.own = Optional.of(FakeCreditorClients.martin());

    open(Locale.FRENCH);

    assertThat(service.listings).isZero();
  }

  private static Stream<Element> tree(Element root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(PortalViewTest::tree));
  }

  private static Optional<Element> find(Component root, String id) {
    return tree(root.getElement()).filter(e -> id.equals(e.getAttribute("id"))).findFirst();
  }

  private static String textOf(Component root, String id) {
    return find(root, id).map(Element::getTextRecursively).orElseThrow();
  }

  private static String allText(Component root) {
    return root.getElement().getTextRecursively();
  }
}
