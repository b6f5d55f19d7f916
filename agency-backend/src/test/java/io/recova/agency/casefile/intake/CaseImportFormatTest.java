package io.recova.agency.casefile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaseImportFormatTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theFormatIsToldByTheNameThenByTheContent() {
    assertThat(CaseImport.detect("export.JSON", bytes("a;b"))).isEqualTo(ImportFormat.JSON);
    assertThat(CaseImport.detect("export.csv", bytes("[1]"))).isEqualTo(ImportFormat.CSV);
    assertThat(CaseImport.detect(null, bytes("\uFEFF  [{\"a\": 1}]"))).isEqualTo(ImportFormat.JSON);
    assertThat(CaseImport.detect(null, bytes("{\"cases\": []}"))).isEqualTo(ImportFormat.JSON);
    assertThat(CaseImport.detect("upload", bytes("Référence;Débiteur"))).isEqualTo(ImportFormat.CSV);
    assertThat(CaseImport.detect(null, new byte[0])).isEqualTo(ImportFormat.CSV);
  }

  @Test
  void theModeIsReadAsPeopleWriteIt() {
    assertThat(CaseImportResource.mode(null)).isEqualTo(ImportMode.VALID_ROWS);
    assertThat(CaseImportResource.mode("All-Or-Nothing")).isEqualTo(ImportMode.ALL_OR_NOTHING);
  }
}
