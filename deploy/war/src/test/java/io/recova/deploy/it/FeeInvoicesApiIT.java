package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fee invoices on the real WAR: approving a run issues one invoice per creditor it pays, numbered
 * without gaps, whose totals are the fees and VAT the ledger charged; running again invoices
 * nothing twice; a fee reversed after it was invoiced is credited on the next one, here a credit
 * note; an invoice cannot be altered; a client lists and downloads its own only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeeInvoicesApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** A creditor with a 15 % amicable fee; a weekly one is due on every run. */
  private String registerCreditor(String frequency) {
    Api.Reply r = api().post("/api/v1/clients", Tokens.of("manager"),
        ClientsApiIT.newClientJson(CasesApiIT.unique("Facturé SAS"),
            "FR7630006000011234567890189", "15").replace("MONTHLY", frequency));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  private String openCase(String creditorId, String amount) {
    return new MoneyFixtures(api()).openCase(creditorId, "FAC", amount);
  }

  private JsonObject pay(String caseId, String amount, String method, LocalDate valueDate) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        "{\"amount\": " + amount + ", \"currency\": \"EUR\", \"method\": \"" + method
            + "\", \"valueDate\": \"" + valueDate + "\", \"reference\": \"FAC-" + amount + "\"}",
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object();
  }

  private Api.Reply run(String creditorId, LocalDate periodEnd) {
    return api().post("/api/v1/remittances/runs", Tokens.of("manager"),
        "{\"periodEnd\": \"" + periodEnd + "\""
            + (creditorId == null ? "" : ", \"creditorId\": \"" + creditorId + "\"") + "}");
  }

  private String prepareAndApprove(String creditorId, LocalDate periodEnd) {
    Api.Reply prepared = run(creditorId, periodEnd);
    assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
    String id = prepared.object().getString("id");
    Api.Reply approved = api().post("/api/v1/remittances/runs/" + id + "/approve",
        Tokens.of("manager"), "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    return id;
  }

  private List<JsonObject> invoices(String query, String user) {
    Api.Reply r = api().get("/api/v1/invoices" + query, Tokens.of(user));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  private static BigDecimal money(JsonObject o, String field) {
    return o.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
  }

  private static BigDecimal income(JsonObject payment) {
    return money(payment.getJsonObject("fees"), "agencyIncome");
  }

  private static BigDecimal vat(JsonObject payment) {
    return money(payment.getJsonObject("fees"), "vat");
  }

  private static int sequence(JsonObject invoice) {
    return Integer.parseInt(invoice.getString("number").substring("FA-2026-".length()));
  }

  /** What the ledger credited to one account in a creditor's fee and certificate charges. */
  private static BigDecimal ledgerFees(String creditorId, String account) {
    return new BigDecimal(TestServices.queryOne("select coalesce(sum(e.amount), 0)"
        + " from ledger_entry e join ledger_transaction t on t.id = e.transaction_id"
        + " where t.creditor_id = '" + creditorId + "' and e.account = '" + account + "'"
        + " and e.side = 'C' and t.kind in ('FEE_CHARGED', 'CERTIFICATE_FEE')"));
  }

  /** The PDF's text with its white space normalised, as a reader would copy it. */
  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace('\u00a0', ' ')
          .replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void approvingARunInvoicesEachPaidCreditorOnceWithConsecutiveNumbersMatchingTheLedger()
      throws Exception {
    LocalDate today = AgencyDay.today();
    String first = registerCreditor("WEEKLY");
    String second = registerCreditor("WEEKLY");
    String firstCase = openCase(first, "5000.00");
    JsonObject collected = pay(firstCase, "1000.00", "BANK_TRANSFER", today);
    // Paid to the creditor directly: its fee is receivable and invoiced with the run.
    JsonObject declared = pay(firstCase, "200.00", "DIRECT_TO_CREDITOR", today);
    pay(openCase(second, "3000.00"), "500.00", "BANK_TRANSFER", today);

    // Every creditor due on the period end: both weekly creditors, whoever else has funds.
    String runId = prepareAndApprove(null, today);

    List<JsonObject> ofRun = invoices("?runId=" + runId, "manager");
    for (String creditor : List.of(first, second)) {
      assertThat(ofRun).filteredOn(i -> i.getString("creditorId").equals(creditor)).hasSize(1);
    }
    // Issued one after the other in the approval: consecutive numbers of the year.
    List<Integer> numbers = ofRun.stream().map(FeeInvoicesApiIT::sequence).sorted().toList();
    assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(numbers.size() - 1);
    assertThat(ofRun).allSatisfy(i -> assertThat(i.getString("number"))
        .startsWith("FA-" + today.getYear() + "-"));

    for (String creditor : List.of(first, second)) {
      JsonObject invoice = invoices("?creditorId=" + creditor, "manager").get(0);
      assertThat(invoice.getString("kind")).isEqualTo("INVOICE");
      assertThat(money(invoice, "totalExclVat"))
          .isEqualByComparingTo(ledgerFees(creditor, "AGENCY_FEE_INCOME")).isPositive();
      assertThat(money(invoice, "totalVat"))
          .isEqualByComparingTo(ledgerFees(creditor, "VAT_PAYABLE")).isPositive();
      assertThat(money(invoice, "totalInclVat")).isEqualByComparingTo(
          money(invoice, "totalExclVat").add(money(invoice, "totalVat")));
      // The remittance had enough to net everything: paid by set-off.
      assertThat(money(invoice, "amountDue")).isZero();
      assertThat(TestServices.auditEventsOf("FeeInvoice", invoice.getString("id")))
          .containsExactly("invoice.issued by manager");
    }
    // Both payments' fees, each line of them, on the first creditor's invoice.
    JsonObject firstInvoice = invoices("?creditorId=" + first, "manager").get(0);
    assertThat(money(firstInvoice, "totalExclVat")).isEqualByComparingTo(
        income(collected).add(income(declared)));
    assertThat(money(firstInvoice, "totalVat")).isEqualByComparingTo(
        vat(collected).add(vat(declared)));
    assertThat(TestServices.queryOne("select count(*) from fee_invoice_line l join fee_invoice i"
        + " on i.id = l.invoice_id where i.creditor_id = '" + first + "'")).isEqualTo(
            String.valueOf(collected.getJsonObject("fees").getJsonArray("lines").size()
                + declared.getJsonObject("fees").getJsonArray("lines").size()));

    // The same period again: the approved run as it was, and nothing invoiced twice.
    Api.Reply again = run(null, today);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.object().getString("id")).isEqualTo(runId);
    // A run of the first creditor alone finds nothing left to pay nor to invoice.
    prepareAndApprove(first, today);
    assertThat(invoices("?creditorId=" + first, "manager")).hasSize(1);
    assertThat(invoices("?creditorId=" + first + "&year=" + today.getYear(), "manager"))
        .hasSize(1);
    assertThat(invoices("?creditorId=" + first + "&year=" + (today.getYear() - 1), "manager"))
        .isEmpty();

    // The PDF as issued: French by default, English on request, each as fingerprinted.
    Api.Reply pdf = api().get("/api/v1/invoices/" + firstInvoice.getString("id") + ".pdf",
        Tokens.of("manager"));
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(sha256(pdf.bytes())).isEqualTo(firstInvoice.getString("sha256Fr"));
    HttpResponse<byte[]> english = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            api().uri("/api/v1/invoices/" + firstInvoice.getString("id") + ".pdf"))
        .header("Authorization", "Bearer " + Tokens.of("manager"))
        .header("Accept-Language", "en-GB,en;q=0.9").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(sha256(english.body())).isEqualTo(firstInvoice.getString("sha256En"))
        .isNotEqualTo(firstInvoice.getString("sha256Fr"));

    // Issued is final: the database refuses any change.
    assertThatThrownBy(() -> TestServices.execute("update fee_invoice set total_vat = 0"
        + " where id = '" + firstInvoice.getString("id") + "'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> TestServices.execute("delete from fee_invoice_line where"
        + " invoice_id = '" + firstInvoice.getString("id") + "'"))
        .hasMessageContaining("append-only");

    Api.Reply verification = api().get("/api/v1/ledger/verification", Tokens.of("manager"));
    assertThat(verification.object().getJsonArray("problems")).as(verification.body()).isEmpty();
  }

  /**
   * 1,000.00 declared paid to the creditor (a fee of about 180.00 with VAT, receivable) and
   * 100.00 by transfer (about 18.00 kept from it): the run has the transfer's remaining funds to
   * net against the receivable, so exactly 100.00 of the invoice is settled by set-off and the
   * rest stays due. The declaration is then withdrawn; the next run remits 50.00 and credits the
   * declared payment's fee: about 9.00 − 180.00, a credit note. (The case's interest and
   * indemnity shift the fees by a little: the expected amounts are read from the payments.)
   */
  @Test
  void aFeeReversedAfterItWasInvoicedIsCreditedOnTheNextDocument() throws Exception {
    LocalDate today = AgencyDay.today();
    String creditor = registerCreditor("MONTHLY");
    String caseId = openCase(creditor, "5000.00");
    JsonObject direct = pay(caseId, "1000.00", "DIRECT_TO_CREDITOR", today.minusDays(3));
    JsonObject transfer = pay(caseId, "100.00", "BANK_TRANSFER", today.minusDays(3));
    BigDecimal total = income(direct).add(vat(direct)).add(income(transfer))
        .add(vat(transfer));

    prepareAndApprove(creditor, today.minusDays(2));

    JsonObject invoice = invoices("?creditorId=" + creditor, "manager").get(0);
    assertThat(money(invoice, "totalExclVat"))
        .isEqualByComparingTo(income(direct).add(income(transfer)));
    assertThat(money(invoice, "totalInclVat")).isEqualByComparingTo(total);
    assertThat(money(invoice, "settledBySetOff")).isEqualByComparingTo("100.00");
    assertThat(money(invoice, "amountDue"))
        .isEqualByComparingTo(total.subtract(new BigDecimal("100.00")));
    assertThat(invoice.getString("dueOn")).isEqualTo(today.plusDays(30).toString());

    Api.Reply withdrawn = api().post("/api/v1/payments/" + direct.getString("id") + "/reversal",
        Tokens.of("manager"), "{\"reason\": \"DECLARATION_WITHDRAWN\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isIn(200, 201);
    JsonObject later = pay(caseId, "50.00", "BANK_TRANSFER", today.minusDays(1));

    prepareAndApprove(creditor, today.minusDays(1));

    List<JsonObject> both = invoices("?creditorId=" + creditor, "manager");
    assertThat(both).hasSize(2);
    JsonObject credit = both.get(0);
    assertThat(credit.getString("kind")).isEqualTo("CREDIT_NOTE");
    assertThat(sequence(credit)).isGreaterThan(sequence(invoice));
    assertThat(money(credit, "totalExclVat"))
        .isEqualByComparingTo(income(later).subtract(income(direct))).isNegative();
    assertThat(money(credit, "totalVat"))
        .isEqualByComparingTo(vat(later).subtract(vat(direct))).isNegative();
    assertThat(money(credit, "amountDue")).isZero();
    assertThat(TestServices.queryOne("select max(credited_invoice_number)"
        + " from fee_invoice_line where invoice_id = '" + credit.getString("id") + "'"))
        .isEqualTo(invoice.getString("number"));

    Api.Reply pdf = api().get("/api/v1/invoices/" + credit.getString("id") + ".pdf",
        Tokens.of("manager"));
    assertThat(text(pdf.bytes())).contains("Avoir " + credit.getString("number"),
        "honoraires facturés sur la facture " + invoice.getString("number"), "(payés directement au"
            + " créancier)", "Avoir émis avec le reversement du");
    Api.Reply first = api().get("/api/v1/invoices/" + invoice.getString("id") + ".pdf",
        Tokens.of("manager"));
    assertThat(text(first.bytes())).contains("Facture " + invoice.getString("number"),
        "Réglé par compensation sur le reversement du", "Reste dû :");
  }

  /**
   * The certificate fee of a case written off (75.00 + VAT, owed by the creditor) is invoiced
   * with the next run, with the fees on the payments it remits, and netted from them.
   */
  @Test
  void aCertificateFeeIsInvoicedWithTheNextRun() throws Exception {
    LocalDate today = AgencyDay.today();
    Api.Reply created = api().post("/api/v1/clients", Tokens.of("manager"), """
        {"name": "Certificats facturés %s", "address": "3 quai Saint-Antoine, 69002 Lyon",
         "contactEmail": "compta@example.fr", "amicableFeePercent": 12,
         "judicialFeePercent": 16.5, "remittanceFrequency": "MONTHLY",
         "iban": "FR7630006000011234567890189", "bic": "BNPAFRPP", "signedOn": "2026-02-01",
         "certificateFee": 75.00}
        """.formatted(UUID.randomUUID()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String creditor = created.object().getString("id");
    String lost = openCase(creditor, "800.00");
    Api.Reply asked = api().post("/api/v1/cases/" + lost + "/write-off", Tokens.of("collector"),
        "{\"reason\": \"DEBTOR_GONE_OR_UNKNOWN\", \"note\": \"NPAI\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    Api.Reply closed = api().post("/api/v1/write-offs/" + asked.object().getString("id")
        + "/approve", Tokens.of("manager"), "{}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    String certificate = closed.object().getString("certificateNumber");
    JsonObject paid = pay(openCase(creditor, "3000.00"), "1000.00", "BANK_TRANSFER",
        today.minusDays(2));

    prepareAndApprove(creditor, today.minusDays(1));

    JsonObject invoice = invoices("?creditorId=" + creditor, "manager").get(0);
    assertThat(money(invoice, "totalExclVat"))
        .isEqualByComparingTo(income(paid).add(new BigDecimal("75.00")))
        .isEqualByComparingTo(ledgerFees(creditor, "AGENCY_FEE_INCOME"));
    assertThat(money(invoice, "totalVat"))
        .isEqualByComparingTo(ledgerFees(creditor, "VAT_PAYABLE"));
    assertThat(money(invoice, "amountDue")).isZero();
    assertThat(TestServices.queryOne("select reference from fee_invoice_line where invoice_id = '"
        + invoice.getString("id") + "' and source_type = 'CERTIFICATE'")).isEqualTo(certificate);
    String text = text(api().get("/api/v1/invoices/" + invoice.getString("id") + ".pdf",
        Tokens.of("manager")).bytes());
    assertThat(text).contains("Frais de certificat d'irrécouvrabilité",
        "certificat " + certificate, "Facture acquittée par compensation sur le reversement du");
  }

  @Test
  void aClientListsAndDownloadsOnlyItsOwnInvoices() {
    LocalDate periodEnd = AgencyDay.today().minusDays(6);
    pay(openCase(CasesApiIT.MARTIN, "900.00"), "300.00", "BANK_TRANSFER",
        periodEnd.minusDays(1));
    Api.Reply prepared = run(CasesApiIT.MARTIN, periodEnd);
    assertThat(prepared.status()).as(prepared.body()).isIn(200, 201);
    String runId = prepared.object().getString("id");
    api().post("/api/v1/remittances/runs/" + runId + "/approve", Tokens.of("manager"), "{}");

    JsonObject own = invoices("?runId=" + runId, "manager").get(0);
    String id = own.getString("id");
    assertThat(own.getString("creditorId")).isEqualTo(CasesApiIT.MARTIN);

    List<JsonObject> martins = invoices("", "martin");
    assertThat(martins).extracting(i -> i.getString("id")).contains(id);
    assertThat(martins).allSatisfy(i -> assertThat(i.getString("creditorId"))
        .isEqualTo(CasesApiIT.MARTIN));
    // Asking for another creditor's invoices gives nothing, not theirs.
    assertThat(invoices("?creditorId=" + CasesApiIT.DUPONT, "martin")).isEmpty();
    assertThat(invoices("", "dupont")).extracting(i -> i.getString("id")).doesNotContain(id);

    Api.Reply pdf = api().get("/api/v1/invoices/" + id + ".pdf", Tokens.of("martin"));
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // Another creditor's invoice answers exactly like an unknown one.
    Api.Reply refused = api().get("/api/v1/invoices/" + id + ".pdf", Tokens.of("dupont"));
    Api.Reply unknown = api().get("/api/v1/invoices/" + UUID.randomUUID() + ".pdf",
        Tokens.of("dupont"));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(api().get("/api/v1/invoices/" + id, Tokens.of("dupont")).status())
        .isEqualTo(404);
    assertThat(TestServices.auditEventsOf("FeeInvoice", id))
        .contains("invoice.access-refused by dupont");
    assertThat(api().get("/api/v1/invoices?year=20x6", Tokens.of("manager")).status())
        .isEqualTo(400);
  }
}
