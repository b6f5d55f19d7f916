package io.recova.agency.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** The remittance bank file is a pain.001.001.03 message valid against the ISO 20022 schema. */
class SepaCreditTransferFileTest {

  static final SepaCreditTransferFile.Debtor AGENCY = new SepaCreditTransferFile.Debtor(
      "Recova Recouvrement SAS", "FR76 3000 4000 3123 4567 8901 429", "BNPAFRPPXXX");

  /** Validates a file against the schema; throws with the first violation. */
  static void validate(byte[] xml) throws Exception {
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(SepaCreditTransferFileTest.class.getResource("/standards/pain.001.001.03.xsd"));
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @Test
  void twoCreditorsMakeOneFileWithTwoTransfersThatValidates() throws Exception {
    byte[] xml = SepaCreditTransferFile.write(AGENCY, "RECOVA-1A2B3C4D",
        Instant.parse("2026-04-01T08:30:15.123Z"), LocalDate.of(2026, 4, 1), List.of(
            new SepaCreditTransferFile.Transfer("RECOVA-1A2B3C4D-00000001",
                "Martin Matériaux SAS", "FR1420041010050500013M02606", "PSSTFRPPLYO",
                Money.of("748.00", "EUR"), "Reversement RECOVA-1A2B3C4D"),
            new SepaCreditTransferFile.Transfer("RECOVA-1A2B3C4D-00000002",
                "Dupont Équipements SARL", "FR7630006000011234567890189", null,
                Money.of("1234.56", "EUR"), "Reversement RECOVA-1A2B3C4D")));

    validate(xml);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text).contains("<NbOfTxs>2</NbOfTxs>", "<CtrlSum>1982.56</CtrlSum>",
        "<IBAN>FR7630004000312345678901429</IBAN>", "<InstdAmt Ccy=\"EUR\">748.00</InstdAmt>",
        "<Nm>Dupont Équipements SARL</Nm>", "<ReqdExctnDt>2026-04-01</ReqdExctnDt>",
        "<CreDtTm>2026-04-01T08:30:15</CreDtTm>");
  }

  @Test
  void aFileWithoutTransferIsRefused() {
    assertThatThrownBy(() -> SepaCreditTransferFile.write(AGENCY, "X", Instant.EPOCH,
        LocalDate.of(2026, 4, 1), List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSchemaRefusesAFileThatBreaksIt() {
    byte[] broken = new String(SepaCreditTransferFile.write(AGENCY, "M", Instant.EPOCH,
            LocalDate.of(2026, 4, 1), List.of(new SepaCreditTransferFile.Transfer("E", "C",
                "FR7630006000011234567890189", null, Money.of("1.00", "EUR"), "R"))),
        StandardCharsets.UTF_8).replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>XXX</PmtMtd>")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> validate(broken)).hasMessageContaining("XXX");
  }
}
