package io.recova.reports.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Page;
import io.recova.reports.PdfText;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MandateSummaryResourceTest {

  private final List<UUID> asked = new ArrayList<>();
  private MandateSummaryResource resource;

  @BeforeEach
  void wireWithoutContainer() {
    resource = new MandateSummaryResource();
    resource.clients = new OneCreditor(Samples.creditor(), asked);
    resource.agency = Samples.agency();
    // 23:30 UTC on 21 November is already 22 November in Paris.
    resource.clock = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), Samples.PARIS);
    resource.report = new MandateSummaryReport();
  }

  @Test
  void answersAPdfAttachmentNamedAfterTheCreditor() {
    Response response = resource.download(Samples.CREDITOR_ID.toString(), null);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType()).hasToString("application/pdf");
    assertThat(response.getHeaderString("Content-Disposition"))
        .isEqualTo("attachment; filename=\"mandate-boulangerie-l-epi-d-or.pdf\"");
    assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
    byte[] pdf = (byte[]) response.getEntity();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void answersInFrenchWhenNoLanguageIsAsked() {
    Response response = resource.download(Samples.CREDITOR_ID.toString(), null);

    assertThat(response.getHeaderString("Content-Language")).isEqualTo("fr");
    assertThat(PdfText.of((byte[]) response.getEntity())).contains("Synthèse du mandat");
  }

  @Test
  void answersInEnglishWhenTheCallerPrefersIt() {
    Response response =
        resource.download(Samples.CREDITOR_ID.toString(), "de-DE, en-GB;q=0.8, fr;q=0.5");

    assertThat(response.getHeaderString("Content-Language")).isEqualTo("en");
    assertThat(PdfText.of((byte[]) response.getEntity())).contains("Collection mandate summary");
  }

  @Test
  void datesThePrintFromTheClockInTheAgencysZone() {
    Response response = resource.download(Samples.CREDITOR_ID.toString(), "fr-FR");

    assertThat(PdfText.of((byte[]) response.getEntity())).contains("Édité le 22/11/2026");
  }

  @Test
  void letsNotFoundThroughForACreditorTheCallerCannotSee() {
    UUID other = UUID.fromString("00000000-0000-0000-0000-000000000001");

    assertThatThrownBy(() -> resource.download(other.toString(), null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void answersNotFoundForAMalformedIdWithoutAskingTheService() {
    assertThatThrownBy(() -> resource.download("not-a-uuid", null))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("not-a-uuid");
    assertThat(asked).isEmpty();
  }

  @Test
  void namesTheFileWithAsciiLettersDigitsAndHyphensOnly() {
    assertThat(MandateSummaryResource.fileName("Boulangerie L'Épi d'Or"))
        .isEqualTo("mandate-boulangerie-l-epi-d-or.pdf");
    assertThat(MandateSummaryResource.fileName("Cœur de Lion & Fils \"SARL\" / n°2"))
        .isEqualTo("mandate-coeur-de-lion-fils-sarl-n-2.pdf");
    assertThat(MandateSummaryResource.fileName("株式会社")).isEqualTo("mandate-creditor.pdf");
    assertThat(MandateSummaryResource.fileName("a".repeat(200)))
        .isEqualTo("mandate-" + "a".repeat(60) + ".pdf");
  }

  /** The tenant scope as the resource sees it: one visible creditor, every other id unknown. */
  private record OneCreditor(CreditorClientView visible, List<UUID> asked)
      implements CreditorClientService {

    @Override
    public CreditorClientView get(UUID id) {
      asked.add(id);
      if (!visible.id().equals(id)) {
        throw new NotFoundException("Creditor client", id);
      }
      return visible;
    }

    @Override
    public List<CreditorClientView> list() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<CreditorClientView> page(int page, int size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CreditorClientView> ownCreditor() {
      throw new UnsupportedOperationException();
    }

    @Override
    public CreditorClientView register(NewCreditorClient command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public io.recova.agency.mandate.FeeSchedule feeSchedule(UUID creditorId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public io.recova.agency.mandate.FeeScheduleView changeFees(
        UUID creditorId, io.recova.agency.mandate.FeeScheduleCommand command) {
      throw new UnsupportedOperationException();
    }
  }
}
