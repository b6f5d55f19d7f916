package io.recova.agency.casefile.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LargeFileTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void readsTwentyThousandRows() {
    int rows = 20_000;
    int claimsPerCase = 4;
    StringBuilder csv = new StringBuilder(
        "Référence;Débiteur;SIREN;Adresse;Code postal;Ville;N° facture;Date facture;Échéance;"
            + "Montant TTC;Nature\r\n");
    for (int i = 0; i < rows; i++) {
      int c = i / claimsPerCase;
      csv.append("DOS-").append(c).append(';')
          .append("Société n°").append(c).append(" SARL;")
          .append("732 829 320;")
          .append(c).append(" avenue de la République;75011;Paris;")
          .append("FAC-").append(i).append(';')
          .append(String.format("%02d/%02d/2025;", 1 + i % 28, 1 + i % 12))
          .append(String.format("%02d/%02d/2026;", 1 + i % 28, 1 + i % 10))
          .append(String.format("%d\u00A0%03d,%02d", 1 + i % 900, i % 1000, i % 100))
          .append(";B2B\r\n");
    }
    byte[] bytes = csv.toString().getBytes(UTF_8);

    long start = System.nanoTime();
    ParsedImport parsed = new CaseFileReader().read(bytes, ImportFormat.CSV, Map.of(), TODAY);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Read " + rows + " rows (" + bytes.length / 1024 + " KiB) in " + millis
        + " ms");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.dataRows()).isEqualTo(rows);
    assertThat(parsed.cases()).hasSize(rows / claimsPerCase);
    assertThat(parsed.acceptedClaims()).isEqualTo(rows);
    assertThat(parsed.cases().get(rows / claimsPerCase - 1).rows())
        .containsExactly(rows - 2, rows - 1, rows, rows + 1);
  }
}
