package io.recova.portal.document;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.mandate.MandateSummaryReport;
import io.recova.reports.mandate.MandateSummaryResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Download links for a creditor's mandate summary PDF. The creditor is re-read through the
 * service when the link is followed, so the tenant scope is checked at download time too.
 */
@ApplicationScoped
public class MandateDownload {

  @Inject CreditorClientService clients;
  @Inject MandateSummaryReport report;
  @Inject AgencyIdentity agency;
  @Inject Clock clock;

  public Anchor link(CreditorClientView client, String text) {
    UUID id = client.id();
    Locale locale = UI.getCurrent().getLocale();
    StreamResource pdf =
        new StreamResource(
            MandateSummaryResource.fileName(client.name()),
            () ->
                new ByteArrayInputStream(
                    report.render(
                        clients.get(id), agency, locale, LocalDate.now(clock), clock.getZone())));
    pdf.setContentType("application/pdf");
    Anchor anchor = new Anchor(pdf, text);
    anchor.getElement().setAttribute("download", true);
    return anchor;
  }
}
