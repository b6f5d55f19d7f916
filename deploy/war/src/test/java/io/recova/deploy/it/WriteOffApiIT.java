package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Closing a case as irrecoverable on the real WAR: from the formal notice through an order for
 * payment and a fruitless bank attachment to a manager's approval, the certificate issued with its
 * fee in a balanced ledger, every step audited; then scoping of the certificates between
 * creditors, and cancelling with a replacement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WriteOffApiIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String open(String user, String creditorId, String amount) {
    String reference = CasesApiIT.unique("WO");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of(user),
        CasesApiIT.caseJson(creditorId, reference, "Insolvable " + reference, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  /** A fresh creditor whose mandate charges 75.00 EUR for a certificate. */
  private String creditorChargingForCertificates() {
    Api.Reply created = api().post("/api/v1/clients", Tokens.of("manager"), """
        {"name": "Certificats %s", "address": "3 quai Saint-Antoine, 69002 Lyon",
         "contactEmail": "compta@example.fr", "amicableFeePercent": 12,
         "judicialFeePercent": 16.5, "remittanceFrequency": "MONTHLY",
         "iban": "FR7630006000011234567890189", "bic": "BNPAFRPP", "signedOn": "2026-02-01",
         "certificateFee": 75.00}
        """.formatted(UUID.randomUUID()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.object().getString("id");
  }

  private static String judicial(String caseId) {
    return "/api/v1/cases/" + caseId + "/judicial";
  }

  private void step(String caseId, String proceedingId, String kind, LocalDate date) {
    Api.Reply r = api().post(judicial(caseId) + "/proceedings/" + proceedingId + "/steps",
        Tokens.of("collector"), "{\"kind\": \"" + kind + "\", \"date\": \"" + date + "\"}");
    assertThat(r.status()).as(kind + " " + r.body()).isEqualTo(201);
  }

  private String proceeding(String caseId, String json) {
    Api.Reply r = api().post(judicial(caseId) + "/proceedings", Tokens.of("collector"), json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  private String formalNotice(String caseId, LocalDate on) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/transitions", Tokens.of("collector"),
        "{\"target\": \"FORMAL_NOTICE\", \"noticeDate\": \"" + on + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getString("stage");
  }

  private String evidence(String caseId) {
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
    Api.Reply r = api().postBytes("/api/v1/cases/" + caseId
        + "/documents?kind=PROOF&fileName=pv-carence.pdf", Tokens.of("collector"),
        "application/pdf", pdf);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  private Api.Reply request(String caseId, String user, String json) {
    return api().post("/api/v1/cases/" + caseId + "/write-off", Tokens.of(user), json);
  }

  private String stage(String caseId) {
    return api().get("/api/v1/cases/" + caseId, Tokens.of("manager")).object()
        .getJsonObject("summary").getString("stage");
  }

  /** A case closed as irrecoverable on a manager's approval; answers its certificate's id. */
  private JsonObject writtenOff(String caseId, String language) {
    Api.Reply asked = request(caseId, "collector",
        "{\"reason\": \"DEBTOR_GONE_OR_UNKNOWN\", \"note\": \"NPAI\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    Api.Reply approved = api().post("/api/v1/write-offs/" + asked.object().getString("id")
        + "/approve", Tokens.of("manager"), "{\"language\": \"" + language + "\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    String number = approved.object().getString("certificateNumber");
    return api().get("/api/v1/certificates", Tokens.of("manager")).json().asJsonArray()
        .getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("number").equals(number)).findFirst().orElseThrow();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace('\u00a0', ' ')
          .replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
  }

  @Test
  void aCaseGoesFromFormalNoticeThroughCourtToIrrecoverableWithItsCertificate() throws Exception {
    String creditor = creditorChargingForCertificates();
    String id = open("manager", creditor, "3000.00");
    formalNotice(id, TODAY.minusMonths(6));
    String order = proceeding(id, "{\"route\": \"PAYMENT_ORDER\", \"courtName\":"
        + " \"Tribunal de commerce de Grenoble\"}");
    step(id, order, "PAYMENT_ORDER_FILED", TODAY.minusMonths(5));
    step(id, order, "PAYMENT_ORDER_ISSUED", TODAY.minusMonths(4));
    step(id, order, "PAYMENT_ORDER_SERVED", TODAY.minusMonths(3));
    step(id, order, "PAYMENT_ORDER_ENFORCEABLE", TODAY.minusDays(20));
    String attachment = proceeding(id, "{\"route\": \"BANK_ATTACHMENT\", \"commissaire\":"
        + " \"SCP Huissiers Réunis\"}");
    step(id, attachment, "BANK_ATTACHMENT", TODAY.minusDays(10));
    assertThat(stage(id)).isEqualTo("ENFORCEMENT");
    Api.Reply paid = api().post("/api/v1/cases/" + id + "/payments", Tokens.of("collector"),
        "{\"amount\": 600.00, \"currency\": \"EUR\", \"method\": \"BANK_TRANSFER\","
            + " \"valueDate\": \"" + TODAY.minusDays(9) + "\"}",
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    String pv = evidence(id);

    // Evidence must be the case's own; OTHER needs a note; a creditor cannot ask.
    assertThat(request(id, "collector", "{\"reason\": \"ENFORCEMENT_WITHOUT_RESULT\","
        + " \"evidenceDocumentIds\": [\"" + UUID.randomUUID() + "\"]}").status()).isEqualTo(400);
    Api.Reply noNote = request(id, "collector", "{\"reason\": \"OTHER\"}");
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.contentType()).startsWith("application/problem+json");
    assertThat(request(id, "martin", "{\"reason\": \"TIME_BARRED\"}").status()).isEqualTo(404);

    Api.Reply asked = request(id, "collector", "{\"reason\": \"ENFORCEMENT_WITHOUT_RESULT\","
        + " \"evidenceDocumentIds\": [\"" + pv + "\"], \"note\": \"PV de carence\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    String wid = asked.object().getString("id");
    assertThat(asked.object().getString("status")).isEqualTo("REQUESTED");
    assertThat(request(id, "collector", "{\"reason\": \"TIME_BARRED\"}").status())
        .as("one request at a time").isEqualTo(409);
    assertThat(api().get("/api/v1/write-offs?status=REQUESTED", Tokens.of("manager")).json()
        .asJsonArray().getValuesAs(JsonObject.class)).anyMatch(w -> w.getString("id").equals(wid));
    assertThat(api().post("/api/v1/write-offs/" + wid + "/approve", Tokens.of("collector"), "{}")
        .status()).as("a manager decides").isEqualTo(403);
    assertThat(stage(id)).isEqualTo("ENFORCEMENT");

    Api.Reply approved = api().post("/api/v1/write-offs/" + wid + "/approve",
        Tokens.of("manager"), "{\"note\": \"Vu le PV\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.object().getString("status")).isEqualTo("APPROVED");
    String number = approved.object().getString("certificateNumber");
    assertThat(number).matches("CI-" + TODAY.getYear() + "-\\d{5}");
    assertThat(stage(id)).isEqualTo("CLOSED_IRRECOVERABLE");
    assertThat(api().post("/api/v1/write-offs/" + wid + "/refuse", Tokens.of("manager"), "{}")
        .status()).isEqualTo(409);

    JsonObject certificate = api().get("/api/v1/certificates", Tokens.of("manager")).json()
        .asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("number").equals(number)).findFirst().orElseThrow();
    String cid = certificate.getString("id");
    Api.Reply pdf = api().get("/api/v1/certificates/" + cid + ".pdf", Tokens.of("manager"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.bytes())))
        .isEqualTo(certificate.getString("sha256"));
    // 3,000.00 incl. VAT at 20 %: 2,500.00 + 500.00; 600.00 recovered, 2,400.00 unpaid, of
    // which 400.00 VAT and 2,000.00 net price.
    assertThat(text(pdf.bytes())).contains(number, "2 500,00 € 20,00 % 500,00 € 3 000,00 €",
        "600,00 €", "Reste impayé TTC 2 400,00 €", "Saisie-attribution pratiquée",
        "Ordonnance signifiée", "Mise en demeure", "383 474 814",
        "pour la somme de 2 000,00 € (prix net) et 400,00 € (TVA)");

    // The certificate fee: 75.00 + 15.00 VAT owed by the creditor; the ledger still balances.
    assertThat(TestServices.queryOne("select string_agg(e.account || ' ' || e.side || ' '"
        + " || e.amount, ', ' order by e.account) from ledger_transaction t join ledger_entry e"
        + " on e.transaction_id = t.id where t.kind = 'CERTIFICATE_FEE' and t.source_id = '"
        + cid + "' and t.creditor_id = '" + creditor + "'"))
        .isEqualTo("AGENCY_FEE_INCOME C 75.00, FEES_RECEIVABLE D 90.00, VAT_PAYABLE C 15.00");
    Api.Reply verification = api().get("/api/v1/ledger/verification", Tokens.of("manager"));
    assertThat(verification.object().getJsonArray("problems")).as(verification.body()).isEmpty();
    assertThat(verification.object().getBoolean("balanced")).isTrue();

    // Every step audited and on the timeline.
    assertThat(TestServices.auditEventsOf("WriteOff", wid)).containsExactly(
        "write-off.requested by collector", "write-off.approved by manager");
    assertThat(TestServices.auditEventsOf("Certificate", cid))
        .containsExactly("certificate.issued by manager");
    assertThat(TestServices.auditEventsOf("Case", id)).contains("case.stage-changed by manager");
    assertThat(TestServices.auditEventsOf("JudicialProceeding", order))
        .contains("judicial-proceeding.opened by collector");
    assertThat(TestServices.queryOne("select string_agg(kind, ',' order by id) from case_event"
        + " where case_id = '" + id + "' and kind in ('WRITE_OFF_REQUESTED',"
        + " 'WRITE_OFF_APPROVED', 'CERTIFICATE_ISSUED')"))
        .isEqualTo("WRITE_OFF_REQUESTED,WRITE_OFF_APPROVED,CERTIFICATE_ISSUED");

    // Issued means frozen.
    assertThatThrownBy(() -> TestServices.execute("update certificate set amount_unpaid = 0"
        + " where id = '" + cid + "'")).hasMessageContaining("certificate is evidence");
    assertThatThrownBy(() -> TestServices.execute("delete from certificate where id = '" + cid
        + "'")).hasMessageContaining("certificate is evidence");
  }

  @Test
  void aRefusedRequestLeavesTheCaseOpenAndUsesNoNumber() {
    String id = open("martin", null, "800.00");
    formalNotice(id, TODAY.minusMonths(1));
    Api.Reply asked = request(id, "collector", "{\"reason\": \"TIME_BARRED\"}");
    String wid = asked.object().getString("id");
    String numbersBefore = TestServices.queryOne("select coalesce(sum(last_number), 0)"
        + " from certificate_sequence");

    Api.Reply refused = api().post("/api/v1/write-offs/" + wid + "/refuse", Tokens.of("manager"),
        "{\"note\": \"Pas encore\"}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(200);
    assertThat(refused.object().getString("status")).isEqualTo("REFUSED");
    assertThat(stage(id)).isEqualTo("FORMAL_NOTICE");
    assertThat(TestServices.queryOne("select coalesce(sum(last_number), 0)"
        + " from certificate_sequence")).isEqualTo(numbersBefore);
    assertThat(TestServices.auditEventsOf("WriteOff", wid)).containsExactly(
        "write-off.requested by collector", "write-off.refused by manager");
  }

  @Test
  void anApprovalTheLifecycleRefusesLeavesNothingBehind() {
    String id = open("martin", null, "900.00");
    Api.Reply asked = request(id, "collector", "{\"reason\": \"DISPUTED_AND_ABANDONED\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    String wid = asked.object().getString("id");
    Api.Reply disputed = api().post("/api/v1/cases/" + id + "/disputes", Tokens.of("collector"),
        "{\"reason\": \"NOT_DELIVERED\", \"details\": \"Jamais livré\"}");
    assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
    String numbersBefore = TestServices.queryOne("select coalesce(sum(last_number), 0)"
        + " from certificate_sequence");
    long ledgerBefore = TestServices.count("ledger_transaction");

    Api.Reply approved = api().post("/api/v1/write-offs/" + wid + "/approve",
        Tokens.of("manager"), "{}");

    assertThat(approved.status()).as(approved.body()).isEqualTo(409);
    assertThat(approved.contentType()).startsWith("application/problem+json");
    assertThat(TestServices.queryOne("select status from write_off where id = '" + wid + "'"))
        .isEqualTo("REQUESTED");
    assertThat(stage(id)).isEqualTo("DISPUTED");
    assertThat(TestServices.queryOne("select count(*) from certificate where case_id = '" + id
        + "'")).isEqualTo("0");
    assertThat(TestServices.queryOne("select coalesce(sum(last_number), 0)"
        + " from certificate_sequence")).isEqualTo(numbersBefore);
    assertThat(TestServices.count("ledger_transaction")).isEqualTo(ledgerBefore);
    assertThat(TestServices.auditEventsOf("WriteOff", wid))
        .containsExactly("write-off.requested by collector");
  }

  @Test
  void certificatesApprovedAtTheSameMomentAreNumberedWithoutGaps() throws Exception {
    List<String> requests = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String id = open("martin", null, "300.00");
      Api.Reply asked = request(id, "collector", "{\"reason\": \"INSOLVENCY_PROCEEDINGS\"}");
      assertThat(asked.status()).as(asked.body()).isEqualTo(201);
      requests.add(asked.object().getString("id"));
    }
    String token = Tokens.of("manager");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(requests.size());
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
      for (String wid : requests) {
        replies.add(pool.submit(() -> {
          start.await();
          return api().post("/api/v1/write-offs/" + wid + "/approve", token, "{}");
        }));
      }
      start.countDown();
      List<String> numbers = new java.util.ArrayList<>();
      for (var reply : replies) {
        Api.Reply r = reply.get();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        numbers.add(r.object().getString("certificateNumber"));
      }
      assertThat(numbers).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
    // Every number of the year from 1 to the last one is a certificate: no gap, no double.
    String year = "CI-" + TODAY.getYear() + "-";
    assertThat(TestServices.queryOne("select count(*) || ' ' || count(distinct number) || ' '"
        + " || max(substring(number from 9)::int) from certificate where number like '" + year
        + "%'")).matches(n -> n.split(" ")[0].equals(n.split(" ")[1])
            && n.split(" ")[0].equals(n.split(" ")[2]), "no gap");
    assertThat(TestServices.queryOne("select last_number from certificate_sequence"
        + " where year = " + TODAY.getYear())).isEqualTo(TestServices.queryOne(
            "select count(*) from certificate where number like '" + year + "%'"));
  }

  @Test
  void aClientUserCannotDownloadAnotherCreditorsCertificate() throws Exception {
    String id = open("martin", null, "1200.00");
    JsonObject certificate = writtenOff(id, "en");
    String cid = certificate.getString("id");
    String pdf = "/api/v1/certificates/" + cid + ".pdf";

    Api.Reply own = api().get(pdf, Tokens.of("martin"));
    assertThat(own.status()).isEqualTo(200);
    assertThat(text(own.bytes())).contains("Certificate of irrecoverability",
        certificate.getString("number"), "Debtor gone or unknown at the address — NPAI");
    assertThat(api().get("/api/v1/certificates", Tokens.of("martin")).json().asJsonArray()
        .getValuesAs(JsonObject.class)).anyMatch(c -> c.getString("id").equals(cid));

    Api.Reply other = api().get(pdf, Tokens.of("dupont"));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(api().get("/api/v1/certificates", Tokens.of("dupont")).json().asJsonArray()
        .getValuesAs(JsonObject.class)).noneMatch(c -> c.getString("id").equals(cid));
    assertThat(TestServices.auditEventsOf("Certificate", cid))
        .contains("certificate.access-refused by dupont");
  }

  @Test
  void aCancelledCertificateStaysReadableAndNamesItsReplacement() throws Exception {
    String id = open("martin", null, "600.00");
    JsonObject first = writtenOff(id, "fr");
    String cid = first.getString("id");
    String replace = "/api/v1/certificates/" + cid + "/replacement";

    assertThat(api().post(replace, Tokens.of("collector"), "{\"reason\": \"Erreur\"}").status())
        .isEqualTo(403);
    assertThat(api().post(replace, Tokens.of("manager"), "{}").status()).isEqualTo(400);
    Api.Reply replaced = api().post(replace, Tokens.of("manager"),
        "{\"reason\": \"Adresse du débiteur corrigée\"}");

    assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
    JsonObject second = replaced.object();
    assertThat(second.getString("number")).isNotEqualTo(first.getString("number"));
    assertThat(second.getString("replaces")).isEqualTo(first.getString("number"));
    JsonObject old = api().get("/api/v1/certificates", Tokens.of("martin")).json().asJsonArray()
        .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(cid))
        .findFirst().orElseThrow();
    assertThat(old.getBoolean("cancelled")).isTrue();
    assertThat(old.getString("replacedBy")).isEqualTo(second.getString("number"));
    assertThat(old.getString("cancellationReason")).isEqualTo("Adresse du débiteur corrigée");
    Api.Reply oldPdf = api().get("/api/v1/certificates/" + cid + ".pdf", Tokens.of("martin"));
    assertThat(oldPdf.status()).isEqualTo(200);
    assertThat(oldPdf.bytes()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(text(api().get("/api/v1/certificates/" + second.getString("id") + ".pdf",
        Tokens.of("martin")).bytes()))
        .contains("annule et remplace le certificat n° " + first.getString("number"));
    assertThat(api().post(replace, Tokens.of("manager"), "{\"reason\": \"Encore\"}").status())
        .isEqualTo(409);
    // The replacement is a correction: the fee is charged once.
    assertThat(TestServices.queryOne("select count(*) from ledger_transaction where"
        + " kind = 'CERTIFICATE_FEE' and source_id = '" + second.getString("id") + "'"))
        .isEqualTo("0");
    assertThat(List.of(TestServices.auditEventsOf("Certificate", cid).toArray()))
        .contains("certificate.cancelled by manager");
  }
}
