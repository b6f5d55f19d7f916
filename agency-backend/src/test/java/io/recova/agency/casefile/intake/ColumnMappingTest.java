package io.recova.agency.casefile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      " N°  Facture : |INVOICE_NUMBER",
      "n° facture|INVOICE_NUMBER",
      "Nº facture|INVOICE_NUMBER",
      "NUMERO DE FACTURE|INVOICE_NUMBER",
      "invoiceNumber|INVOICE_NUMBER",
      "Invoice No.|INVOICE_NUMBER",
      "DATE D'ÉCHÉANCE|DUE_DATE",
      "Date echeance|DUE_DATE",
      "dueDate|DUE_DATE",
      "Montant TTC|PRINCIPAL",
      "Reste dû|PRINCIPAL",
      "Amount due|PRINCIPAL",
      "Raison sociale|DEBTOR_NAME",
      "debtor.name|DEBTOR_NAME",
      "SIREN/SIRET|DEBTOR_REGISTRATION_NUMBER",
      "Réf. dossier|CASE_REFERENCE",
      "externalReference|CASE_REFERENCE",
      "debtor.address.postalCode|DEBTOR_POSTAL_CODE",
      "C.P.|DEBTOR_POSTAL_CODE",
      "E-mail|DEBTOR_EMAIL",
      "Tél.|DEBTOR_PHONE",
      "Taux pénalités de retard|CONTRACT_RATE",
      "Date de mise en demeure|FORMAL_NOTICE_DATE",
      "Type de débiteur|DEBTOR_KIND",
  })
  void recognisesHeadersWhateverTheirSpelling(String header, ImportColumn expected) {
    assertThat(ImportColumn.recognise(header)).contains(expected);
  }

  @Test
  void listsRecognisedAndIgnoredHeaders() {
    ColumnMapping m = ColumnMapping.of(
        List.of("Débiteur", "N° facture", "Commentaire", "Date", "Échéance", "Montant", ""),
        Map.of());

    assertThat(m.recognisedHeaders())
        .containsExactly("Débiteur", "N° facture", "Date", "Échéance", "Montant");
    assertThat(m.ignoredHeaders()).containsExactly("Commentaire");
    assertThat(m.problems()).isEmpty();
    assertThat(m.header(ImportColumn.INVOICE_DATE)).isEqualTo("Date");
  }

  @Test
  void theCreditorsOwnHeadersExtendAndOverrideTheBuiltInOnes() {
    Map<String, ImportColumn> custom = new HashMap<>();
    custom.put("num piece", ImportColumn.INVOICE_NUMBER);
    custom.put("TIERS", ImportColumn.DEBTOR_NAME);
    custom.put("Date pièce", ImportColumn.INVOICE_DATE);
    custom.put("Date", null); // the export date of the ERP, not the invoice's
    ColumnMapping m = ColumnMapping.of(
        List.of("Tiers", "Num pièce", "Date", "Date pièce", "Échéance", "Solde"), custom);

    assertThat(m.problems()).isEmpty();
    assertThat(m.header(ImportColumn.INVOICE_NUMBER)).isEqualTo("Num pièce");
    assertThat(m.header(ImportColumn.DEBTOR_NAME)).isEqualTo("Tiers");
    assertThat(m.header(ImportColumn.INVOICE_DATE)).isEqualTo("Date pièce");
    assertThat(m.ignoredHeaders()).containsExactly("Date");
  }

  @Test
  void aMissingRequiredColumnIsAFileProblemNamingTheHeadersFound() {
    ColumnMapping m = ColumnMapping.of(List.of("Débiteur", "Montant", "Commentaire"), Map.of());

    assertThat(m.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isZero();
      assertThat(p.column()).isNull();
      assertThat(p.code()).isEqualTo("header.missing");
      assertThat(p.message())
          .contains("invoice number", "invoice date", "due date")
          .contains("'Débiteur', 'Montant', 'Commentaire'")
          .doesNotContain("debtor name");
    });
  }

  @Test
  void twoColumnsForOneFieldIsAFileProblem() {
    ColumnMapping m = ColumnMapping.of(
        List.of("Client", "N° facture", "Date", "Échéance", "Montant TTC", "Reste dû"), Map.of());

    assertThat(m.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("header.duplicate");
      assertThat(p.message()).contains("'Montant TTC'", "'Reste dû'", "amount");
    });
  }
}
