package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases on the real WAR: intake by API, idempotence, the portfolio, balances, the lifecycle,
 * evidence, and a creditor who never reaches another creditor's cases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasesApiIT {

  static final String MARTIN = ClientsApiIT.MARTIN;
  static final String DUPONT = ClientsApiIT.DUPONT;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A B2B case of one 10,000 EUR invoice due 15/03/2025 (the R1.1 example). */
  static String caseJson(String creditorId, String reference, String debtorName, String amount) {
    return """
        {%s"externalReference": "%s",
         "debtor": {"kind": "COMPANY", "name": "%s", "registrationNumber": "383 474 814",
                    "address": {"line1": "112 route de Grenoble", "postalCode": "38000",
                                "city": "Grenoble", "countryCode": "FR"},
                    "email": "compta@alpes.example", "phone": "+33 4 76 00 00 00"},
         "claims": [{"invoiceNumber": "F-%s", "invoiceDate": "2025-02-13",
                     "dueDate": "2025-03-15", "principal": %s, "currency": "EUR",
                     "nature": "B2B"}]}
        """.formatted(creditorId == null ? "" : "\"creditorId\": \"" + creditorId + "\", ",
        reference, debtorName.replace("\"", "\\\""), reference, amount);
  }

  private String openFor(String user, String creditor, String reference, String name,
      String amount) {
    Api.Reply r = api().post("/api/v1/cases", Tokens.of(user),
        caseJson(creditor, reference, name, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  @Test
  void aCreditorSubmitsACaseAndReadsTheWholeDossierBack() {
    String reference = unique("MM");
    Api.Reply created = api().post("/api/v1/cases", Tokens.of("martin"),
        caseJson(null, reference, "Garage des Alpes SAS", "10000.00"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject summary = created.object().getJsonObject("summary");
    String id = summary.getString("id");
    assertThat(summary.getString("creditorId")).isEqualTo(MARTIN);
    assertThat(summary.getString("stage")).isEqualTo("NEW");
    assertThat(summary.getString("limitationDate")).isEqualTo("2030-03-15");

    JsonObject detail = api().get("/api/v1/cases/" + id, Tokens.of("martin")).object();
    assertThat(detail.getJsonObject("debtor").getString("registrationNumber"))
        .isEqualTo("383474814");
    assertThat(detail.getJsonArray("claims")).hasSize(1);
    assertThat(money(detail.getJsonObject("balance"), "principal")).isEqualByComparingTo("10000.00");
    assertThat(detail.getJsonArray("timeline").getJsonObject(0).getString("kind"))
        .isEqualTo("OPENED");
    assertThat(TestServices.auditEventsOf("Case", id)).containsExactly("case.opened by martin");
  }

  @Test
  void submittingTheSameCaseTwiceOpensItOnceAndADifferentOneUnderTheSameReferenceIsRefused() {
    String reference = unique("MM");
    String first = openFor("martin", null, reference, "Hôtel du Lac EURL", "250.00");

    Api.Reply again = api().post("/api/v1/cases", Tokens.of("martin"),
        caseJson(null, reference, "Hôtel du Lac EURL", "250.0"));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.object().getJsonObject("summary").getString("id")).isEqualTo(first);

    Api.Reply different = api().post("/api/v1/cases", Tokens.of("martin"),
        caseJson(null, reference, "Hôtel du Lac EURL", "260.00"));
    assertThat(different.status()).isEqualTo(409);
    assertThat(different.contentType()).startsWith("application/problem+json");
    assertThat(different.object().getString("detail")).contains(reference);
    assertThat(TestServices.queryOne("select count(*) from case_file where external_reference = '"
        + reference + "'")).isEqualTo("1");
  }

  @Test
  void anInvalidCaseIsRefusedWithEveryFieldAndNothingIsStored() {
    String reference = unique("BAD");
    String json = """
        {"externalReference": "%s",
         "debtor": {"kind": "COMPANY", "name": "", "registrationNumber": "123456789"},
         "claims": [{"invoiceNumber": "F-1", "invoiceDate": "2031-01-01", "dueDate": "2030-01-01",
                     "principal": -12, "nature": "B2B"}]}
        """.formatted(reference);

    Api.Reply r = api().post("/api/v1/cases", Tokens.of("martin"), json);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.object().getJsonArray("invalidFields").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("field"))
        .contains("debtor.name", "debtor.registrationNumber", "claims[0].invoiceDate",
            "claims[0].dueDate", "claims[0].principal");
    assertThat(TestServices.queryOne("select count(*) from case_file where external_reference = '"
        + reference + "'")).isEqualTo("0");
  }

  @Test
  void agencyStaffNameTheCreditorAndAnUnknownOneIsNotFound() {
    Api.Reply missing = api().post("/api/v1/cases", Tokens.of("collector"),
        caseJson(null, unique("X"), "Café de la Gare SNC", "10"));
    assertThat(missing.status()).isEqualTo(400);

    Api.Reply unknown = api().post("/api/v1/cases", Tokens.of("collector"),
        caseJson(UUID.randomUUID().toString(), unique("X"), "Café de la Gare SNC", "10"));
    assertThat(unknown.status()).isEqualTo(404);

    openFor("collector", DUPONT, unique("DE"), "Café de la Gare SNC", "10");
  }

  @Test
  void theBalanceFollowsTheFrenchRulesAtAnyDate() {
    String id = openFor("martin", null, unique("MM"), "Transports Leblanc SA", "10000.00");

    Api.Reply r = api().get("/api/v1/cases/" + id + "/balance?asOf=2025-09-15",
        Tokens.of("martin"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject b = r.object();
    assertThat(money(b, "interest")).isEqualByComparingTo("641.81");
    assertThat(money(b, "indemnity")).isEqualByComparingTo("40.00");
    assertThat(money(b, "due")).isEqualByComparingTo("10681.81");
    assertThat(b.getJsonObject("due").getString("currency")).isEqualTo("EUR");
    List<JsonObject> periods = b.getJsonArray("claims").getJsonObject(0)
        .getJsonArray("periods").getValuesAs(JsonObject.class);
    assertThat(periods).extracting(p -> p.getJsonNumber("annualPercent").bigDecimalValue()
        .stripTrailingZeros().toPlainString()).containsExactly("13.15", "12.15");

    Api.Reply today = api().get("/api/v1/cases/" + id + "/balance", Tokens.of("martin"));
    assertThat(today.status()).isEqualTo(200);
    // 2026 H2 is not recorded: the balance says so instead of guessing.
    assertThat(today.object().getBoolean("interestComplete")).isFalse();
    assertThat(today.object().getJsonArray("warnings").getString(0)).contains("2026-07-01");

    assertThat(api().get("/api/v1/cases/" + id + "/balance?asOf=15/09/2025", Tokens.of("martin"))
        .status()).isEqualTo(400);
  }

  @Test
  void theLifecycleIsGuardedRecordedAndAudited() {
    String id = openFor("manager", MARTIN, unique("MM"), "Menuiserie Roche et Fils", "900.00");
    String path = "/api/v1/cases/" + id + "/transitions";
    String collector = Tokens.of("collector");

    Api.Reply tooEarly = api().post(path, collector, "{\"target\": \"JUDICIAL\"}");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.object().getString("detail")).contains("NEW to JUDICIAL");

    assertThat(api().post(path, collector,
        "{\"target\": \"FORMAL_NOTICE\", \"noticeDate\": \"2026-10-01\"}").status())
        .isEqualTo(200);
    assertThat(api().post(path, Tokens.of("martin"), "{\"target\": \"JUDICIAL\"}").status())
        .as("a creditor does not move its cases").isEqualTo(403);
    assertThat(api().post(path, collector, "{\"target\": \"DISPUTED\"}").status())
        .as("no reason").isEqualTo(409);
    assertThat(api().post(path, collector,
        "{\"target\": \"DISPUTED\", \"reason\": \"Goods returned\"}").status()).isEqualTo(200);
    Api.Reply frozen = api().post(path, collector, "{\"target\": \"JUDICIAL\"}");
    assertThat(frozen.status()).isEqualTo(409);
    assertThat(frozen.object().getString("detail")).contains("no work until it resumes");
    assertThat(api().post(path, collector, "{\"target\": \"FORMAL_NOTICE\"}").status())
        .isEqualTo(200);
    Api.Reply judicial = api().post(path, collector, "{\"target\": \"JUDICIAL\"}");
    assertThat(judicial.status()).as(judicial.body()).isEqualTo(200);
    assertThat(judicial.object().getString("stage")).isEqualTo("JUDICIAL");

    JsonObject detail = api().get("/api/v1/cases/" + id, collector).object();
    assertThat(detail.getString("formalNoticeDate")).isEqualTo("2026-10-01");
    assertThat(detail.getJsonArray("timeline").getValuesAs(JsonObject.class))
        .filteredOn(e -> e.getString("kind").equals("STAGE_CHANGED"))
        .extracting(e -> e.getString("toStage"))
        .containsExactly("FORMAL_NOTICE", "DISPUTED", "FORMAL_NOTICE", "JUDICIAL");
    assertThat(TestServices.auditEventsOf("Case", id)).containsExactly(
        "case.opened by manager",
        "case.stage-changed by collector",
        "case.stage-changed by collector",
        "case.stage-changed by collector",
        "case.stage-changed by collector");
  }

  @Test
  void anAcknowledgementRestartsLimitation() {
    String id = openFor("manager", MARTIN, unique("MM"), "Garage des Alpes SAS", "120.00");
    Api.Reply r = api().post("/api/v1/cases/" + id + "/events", Tokens.of("collector"),
        "{\"kind\": \"ACKNOWLEDGEMENT\", \"date\": \"2026-02-10\", \"note\": \"Letter signed\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);

    JsonObject summary = api().get("/api/v1/cases/" + id, Tokens.of("martin")).object()
        .getJsonObject("summary");
    assertThat(summary.getString("limitationDate")).isEqualTo("2031-02-10");

    Api.Reply notice = api().post("/api/v1/cases/" + id + "/events", Tokens.of("collector"),
        "{\"kind\": \"FORMAL_NOTICE\", \"date\": \"2026-03-01\"}");
    assertThat(notice.status()).isEqualTo(201);
    assertThat(api().get("/api/v1/cases/" + id, Tokens.of("martin")).object()
        .getJsonObject("summary").getString("limitationDate"))
        .as("a formal notice does not interrupt").isEqualTo("2031-02-10");
  }

  @Test
  void evidenceIsStoredWithItsHashAndOnlyRealDocumentsAreAccepted() throws Exception {
    String id = openFor("martin", null, unique("MM"), "Boulangerie Petit SARL", "75.00");
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
    String path = "/api/v1/cases/" + id + "/documents";

    Api.Reply stored = api().postBytes(path + "?kind=INVOICE&fileName=..%2Ffacture%2012.pdf",
        Tokens.of("martin"), "application/pdf", pdf);

    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertThat(stored.object().getString("sha256")).isEqualTo(sha);
    assertThat(stored.object().getString("fileName")).isEqualTo("facture 12.pdf");
    String docId = stored.object().getString("id");
    Api.Reply back = api().get(path + "/" + docId, Tokens.of("collector"));
    assertThat(back.status()).isEqualTo(200);
    assertThat(back.bytes()).isEqualTo(pdf);

    Api.Reply exe = api().postBytes(path + "?kind=INVOICE&fileName=facture.pdf",
        Tokens.of("martin"), "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2});
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.body()).contains("document.type");
    Api.Reply noKind = api().postBytes(path + "?fileName=a.pdf", Tokens.of("martin"),
        "application/pdf", pdf);
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(api().get(path, Tokens.of("martin")).json().asJsonArray()).hasSize(1);
    assertThat(TestServices.auditEventsOf("CaseDocument", docId))
        .containsExactly("case-document.added by martin");
  }

  @Test
  void thePortfolioFiltersSortsAndPages() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    openFor("manager", DUPONT, unique("DE"), "Zeta Filtre " + tag, "300.00");
    openFor("manager", DUPONT, unique("DE"), "Alpha Filtre " + tag, "100.00");
    openFor("manager", DUPONT, unique("DE"), "Mu Filtre " + tag, "200.00");

    Api.Reply r = api().get("/api/v1/cases?q=filtre%20" + tag + "&sort=amount,asc&size=2",
        Tokens.of("dupont"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.object().getInt("total")).isEqualTo(3);
    assertThat(r.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("debtorName"))
        .containsExactly("Alpha Filtre " + tag, "Mu Filtre " + tag);

    Api.Reply ranged = api().get("/api/v1/cases?q=" + tag + "&minAmount=150&maxAmount=250"
        + "&stage=NEW&dueFrom=2025-01-01&dueTo=2025-12-31", Tokens.of("manager"));
    assertThat(ranged.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("debtorName")).containsExactly("Mu Filtre " + tag);

    assertThat(api().get("/api/v1/cases?sort=colour", Tokens.of("dupont")).status())
        .isEqualTo(400);
  }

  @Test
  void theCsvExportOpensInFrenchExcelAndCarriesNoFormula() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    openFor("martin", null, unique("MM"), "=HYPERLINK(\"http://x.example\") " + tag, "1234.5");

    Api.Reply csv = api().get("/api/v1/cases/export.csv?q=" + tag, Tokens.of("martin"));

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.bytes()[0]).isEqualTo((byte) 0xEF);
    String text = csv.body().substring(1);
    assertThat(text).startsWith("Référence;Débiteur;");
    assertThat(text).contains(";\"'=HYPERLINK(").contains(";1234,50;EUR;");
    assertThat(text.lines()).hasSize(2);
  }

  @Test
  void aCreditorNeverReachesAnotherCreditorsCase() {
    String reference = unique("DE");
    String id = openFor("dupont", null, reference, "Secret Débiteur SAS", "500.00");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    String docId = api().postBytes("/api/v1/cases/" + id + "/documents?kind=PROOF&fileName=p.png",
        Tokens.of("dupont"), "image/png", png).object().getString("id");
    String martin = Tokens.of("martin");
    String c = "/api/v1/cases/" + id;

    List<Api.Reply> replies = List.of(
        api().get(c, martin),
        api().get(c + "/balance", martin),
        api().get(c + "/balance?asOf=2026-01-01", martin),
        api().get(c + "/documents", martin),
        api().get(c + "/documents/" + docId, martin),
        api().postBytes(c + "/documents?kind=PROOF&fileName=p.png", martin, "image/png", png),
        api().post(c + "/transitions", martin, "{\"target\": \"AMICABLE\"}"),
        api().post(c + "/events", martin, "{\"kind\": \"NOTE\", \"note\": \"x\"}"),
        api().put(c + "/collector", martin, "{\"collector\": \"collector\"}"),
        api().put(c + "/debtor/preferences", martin, "{\"optedOut\": [\"CALL\"]}"),
        api().post("/api/v1/cases", martin, caseJson(DUPONT, unique("MM"), "X", "1")));
    for (Api.Reply r : replies) {
      assertThat(r.status()).as(r.body()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("Secret");
    }
    assertThat(api().get("/api/v1/cases?q=Secret&size=200", martin).object()
        .getJsonArray("items").getValuesAs(JsonObject.class))
        .allMatch(o -> o.getString("creditorId").equals(MARTIN));
    assertThat(api().get("/api/v1/cases?creditorId=" + DUPONT + "&size=200", martin).object()
        .getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("creditorId")).containsOnly(MARTIN);
    assertThat(api().get("/api/v1/cases/export.csv?q=" + reference, martin).body())
        .doesNotContain(reference);
    assertThat(TestServices.auditEventsOf("Case", id))
        .filteredOn(e -> e.startsWith("case.access-refused"))
        .hasSizeGreaterThanOrEqualTo(9)
        .allMatch(e -> e.endsWith("by martin"));
    assertThat(TestServices.queryOne("select count(*) from case_event where case_id = '" + id
        + "'")).isEqualTo("2");
  }

  @Test
  void aDebtorsRefusalsAndProfileAreRecordedByTheAgencyAndAudited() {
    String id = openFor("martin", null, unique("MM"), "Hôtel du Lac EURL", "64.00");
    String path = "/api/v1/cases/" + id + "/debtor/preferences";
    String body = "{\"profile\": \"NEGLIGENT\", \"optedOut\": [\"CALL\", \"SMS\"],"
        + " \"electronicConsent\": true}";

    assertThat(api().put(path, Tokens.of("martin"), body).status()).isEqualTo(403);
    Api.Reply r = api().put(path, Tokens.of("collector"), body);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject debtor = api().get("/api/v1/cases/" + id, Tokens.of("martin")).object()
        .getJsonObject("debtor");
    assertThat(debtor.getString("profile")).isEqualTo("NEGLIGENT");
    assertThat(debtor.getJsonArray("optedOut").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("CALL", "SMS");
    assertThat(debtor.containsKey("electronicConsentAt")).isTrue();
    assertThat(TestServices.auditEventsOf("Debtor", debtor.getString("id")))
        .endsWith("debtor.changed by collector");
  }

  @Test
  void aCaseEventDeletedBehindTheApplicationsBackIsDetected() {
    String id = openFor("martin", null, unique("MM"), "Café de la Gare SNC", "17.00");
    String eventId = TestServices.queryOne(
        "select max(id) from audit_event where entity_type = 'Case' and entity_id = '" + id + "'");
    String next = openFor("martin", null, unique("MM"), "Café de la Gare SNC", "18.00");
    String nextEvent = TestServices.queryOne("select min(id) from audit_event where id > "
        + eventId);
    try {
      TestServices.execute(
          "create table audit_event_kept as select * from audit_event where id = " + eventId,
          "alter table audit_event disable trigger audit_event_append_only",
          "delete from audit_event where id = " + eventId,
          "alter table audit_event enable trigger audit_event_append_only");
      Api.Reply broken = api().get("/api/v1/audit/verification", Tokens.of("admin"));
      assertThat(broken.object().getBoolean("intact")).isFalse();
      assertThat(broken.object().getJsonNumber("firstBrokenEventId").longValue())
          .isEqualTo(Long.parseLong(nextEvent));
    } finally {
      TestServices.execute(
          "insert into audit_event select * from audit_event_kept",
          "drop table audit_event_kept");
    }
    assertThat(next).isNotEqualTo(id);
    assertThat(api().get("/api/v1/audit/verification", Tokens.of("admin")).object()
        .getBoolean("intact")).isTrue();
  }

  @Test
  void theAuditChainStaysIntactThroughCaseWork() {
    openFor("martin", null, unique("MM"), "Café de la Gare SNC", "42.00");
    Api.Reply verification = api().get("/api/v1/audit/verification", Tokens.of("admin"));
    assertThat(verification.object().getBoolean("intact")).as(verification.body()).isTrue();
  }

  /** An amount of money in an API reply: {"amount": 12.34, "currency": "EUR"}. */
  static java.math.BigDecimal money(JsonObject o, String key) {
    return o.getJsonObject(key).getJsonNumber("amount").bigDecimalValue();
  }
}
