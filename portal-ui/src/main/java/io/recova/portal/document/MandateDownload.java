package io.recova.portal.document;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.platform.NotFoundException;
import io.recova.portal.platform.ErrorMessages;
import io.recova.reports.mandate.MandateSummaryReport;
import io.recova.reports.mandate.MandateSummaryResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Links that download a creditor's mandate summary PDF, rendered when the link is followed. The
 * creditor is read again through the service at that moment, so the caller's scope is checked for
 * the download itself, not only when the page was built.
 */
@ApplicationScoped
public class MandateDownload {

  static final String PDF = "application/pdf";
  private static final Logger LOG = Logger.getLogger(MandateDownload.class.getName());

  @Inject CreditorClientService clients;
  @Inject MandateSummaryReport report;
  @Inject AgencyIdentity agency;
  @Inject Clock clock;

  /**
   * A download link ({@code download} attribute set) for a creditor of the console, named {@code
   * mandate-<name>.pdf}, in the given language. The creditor is read again by id when followed.
   */
  public Anchor link(CreditorClientView client, String text, Locale locale) {
    UUID id = client.id();
    return link(client.name(), () -> clients.get(id), text, locale);
  }

  /**
   * The same link for a creditor's own user: read again through {@link
   * CreditorClientService#ownCreditor()} when followed, so it can only ever be the caller's own.
   */
  public Anchor ownLink(CreditorClientView own, String text, Locale locale) {
    return link(
        own.name(),
        () ->
            clients.ownCreditor().orElseThrow(() -> new NotFoundException("Own creditor", "none")),
        text,
        locale);
  }

  private Anchor link(
      String creditorName,
      SerializableSupplier<CreditorClientView> creditor,
      String text,
      Locale locale) {
    String fileName = MandateSummaryResource.fileName(creditorName);
    DownloadHandler pdf =
        DownloadHandler.fromInputStream(
            event -> {
              // The document carries the creditor's IBAN: no cache may keep a copy.
              event.getResponse().setHeader("Cache-Control", "no-store");
              try {
                byte[] bytes =
                    report.render(
                        creditor.get(), agency, locale, LocalDate.now(clock), clock.getZone());
                return new DownloadResponse(
                    new ByteArrayInputStream(bytes), fileName, PDF, bytes.length);
              } catch (RuntimeException e) {
                ErrorMessages error = ErrorMessages.of(e);
                if (error == ErrorMessages.UNEXPECTED) {
                  LOG.log(Level.SEVERE, "Cannot render the mandate summary " + fileName, e);
                }
                return DownloadResponse.error(error.status());
              }
            });
    return new Anchor(pdf, AttachmentType.DOWNLOAD, text);
  }
}
