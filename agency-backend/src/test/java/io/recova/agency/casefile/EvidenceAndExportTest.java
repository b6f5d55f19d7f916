package io.recova.agency.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.valuation.ClaimNature;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Evidence formats, formula-safe exports, file names and the intake fingerprint. */
class EvidenceAndExportTest {

  @Test
  void evidenceIsRecognisedByItsBytesNotItsName() {
    assertThat(EvidenceFormat.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .contains(EvidenceFormat.PDF);
    assertThat(EvidenceFormat.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .contains(EvidenceFormat.JPEG);
    assertThat(EvidenceFormat.of(new byte[] {'M', 'Z', 0, 0})).isEmpty();
    assertThat(EvidenceFormat.of(new byte[] {'%'})).isEmpty();
    assertThat(EvidenceFormat.PDF.matchesDeclared("application/pdf; charset=binary")).isTrue();
    assertThat(EvidenceFormat.PDF.matchesDeclared("image/png")).isFalse();
    assertThat(EvidenceFormat.PNG.matchesDeclared(null)).isTrue();
  }

  @Test
  void aFileNameLosesItsPathAndItsControlCharacters() {
    assertThat(CaseChanges.safeFileName("C:\\Users\\x\\facture\n12.pdf", EvidenceFormat.PDF))
        .isEqualTo("facture_12.pdf");
    assertThat(CaseChanges.safeFileName("../../.htaccess", EvidenceFormat.PDF))
        .isEqualTo("document.pdf");
    assertThat(CaseChanges.safeFileName(null, EvidenceFormat.PNG)).isEqualTo("document.png");
  }

  @Test
  void cellsThatASpreadsheetWouldTakeForAFormulaAreNeutralised() {
    for (String formula : List.of("=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tx", "\rx")) {
      assertThat(SpreadsheetSafeText.of(formula)).startsWith("'");
    }
    assertThat(SpreadsheetSafeText.of("Garage des Alpes")).isEqualTo("Garage des Alpes");
    assertThat(SpreadsheetSafeText.of(null)).isEmpty();
  }

  @Test
  void thePortfolioCsvOpensInFrenchExcel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaseSummary row = new CaseSummary(UUID.randomUUID(), UUID.randomUUID(), "=cmd|' /C calc'!A0",
        "Dupré; Fils", DebtorKind.COMPANY, Stage.NEW, null, new BigDecimal("1234.50"), "EUR",
        LocalDate.of(2025, 3, 15), LocalDate.of(2030, 3, 15), 2,
        Instant.parse("2026-11-23T10:00:00Z"));
    try (PortfolioCsv csv = new PortfolioCsv(out, Locale.FRENCH)) {
      csv.write(row);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFRéférence;Débiteur;");
    assertThat(text).contains("'=cmd|' /C calc'!A0;\"Dupré; Fils\";COMPANY;NEW;1234,50;EUR;"
        + "15/03/2025;15/03/2030;2;;23/11/2026");
  }

  @Test
  void theSameSubmissionGivesTheSameFingerprintAndAnyChangeAnother() {
    NewDebtor debtor = new NewDebtor(DebtorKind.COMPANY, "Garage", "383 474 814", null, null, null);
    NewClaim claim = new NewClaim("F-1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1),
        new BigDecimal("100.0"), "eur", ClaimNature.B2B, null, null);
    NewCase c = new NewCase(null, "R-1", debtor, List.of(claim), null);
    NewCase same = new NewCase(null, " R-1 ", new NewDebtor(DebtorKind.COMPANY, "Garage",
        "383474814", null, null, null), List.of(new NewClaim("F-1", LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 2, 1), new BigDecimal("100.00"), "EUR", ClaimNature.B2B, null, null)), null);
    NewCase other = new NewCase(null, "R-1", debtor, List.of(new NewClaim("F-1",
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), new BigDecimal("100.01"), "EUR",
        ClaimNature.B2B, null, null)), null);

    assertThat(IntakeFingerprint.of(c)).isEqualTo(IntakeFingerprint.of(same)).hasSize(64);
    assertThat(IntakeFingerprint.of(other)).isNotEqualTo(IntakeFingerprint.of(c));
  }
}
