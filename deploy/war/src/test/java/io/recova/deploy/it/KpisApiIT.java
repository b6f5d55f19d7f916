package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KPIs and the aged balance on the real WAR and database: one creditor's figures are untouched by
 * another's activity, a client reads its own creditor's only, the CSV and XLSX exports carry the
 * API's figures, and claims land in the ageing bucket of their due date. Each test registers its
 * own creditors, since other tests' cases share the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KpisApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private Api api() {
    return new Api(base);
  }

  private String registerCreditor() {
    return new MoneyFixtures(api()).creditor("Indicateurs SAS");
  }

  private String openCase(String creditorId, String amount) {
    return new MoneyFixtures(api()).openCase(creditorId, "KPI", amount);
  }

  private JsonObject pay(String caseId, String amount, String method) {
    Api.Reply r = api().post("/api/v1/cases/" + caseId + "/payments", Tokens.of("manager"),
        PaymentsApiIT.paymentJson(amount, method),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object();
  }

  /** A GET with the reader's language, which the definitions follow. */
  private Api.Reply get(String path, String user, String language) {
    HttpRequest request = HttpRequest.newBuilder(api().uri(path))
        .header("Authorization", "Bearer " + Tokens.of(user))
        .header("Accept-Language", language).GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Api.Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          new String(response.body(), StandardCharsets.UTF_8), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static BigDecimal money(JsonObject o, String field) {
    return o.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
  }

  private static String period() {
    LocalDate today = AgencyDay.today();
    return "from=" + today.minusDays(30) + "&to=" + today;
  }

  private JsonObject kpis(String user, String query) {
    Api.Reply r = get("/api/v1/kpis?" + query, user, "en");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  /** Code to figure as the API writes it: the amount of money, the number otherwise. */
  private static Map<String, BigDecimal> figures(JsonObject report) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (JsonObject k : report.getJsonArray("kpis").getValuesAs(JsonObject.class)) {
      JsonValue v = k.get("value");
      BigDecimal figure = switch (v.getValueType()) {
        case OBJECT -> v.asJsonObject().getJsonNumber("amount").bigDecimalValue();
        case NUMBER -> Json.createReader(new StringReader("[" + v + "]")).readArray()
            .getJsonNumber(0).bigDecimalValue();
        default -> null;
      };
      out.put(k.getString("code"), figure);
      if (k.containsKey("breakdown") && !k.isNull("breakdown")) {
        for (JsonObject s : k.getJsonArray("breakdown").getValuesAs(JsonObject.class)) {
          out.put(k.getString("code") + "." + s.getString("stage"),
              BigDecimal.valueOf(s.getJsonNumber("cases").longValue()));
        }
      }
    }
    return out;
  }

  @Test
  void aCreditorsKpisAreUnchangedByActivityOnAnotherCreditorsCases() {
    String a = registerCreditor();
    String b = registerCreditor();
    String caseA = openCase(a, "2000.00");
    JsonObject paidA = pay(caseA, "500.00", "BANK_TRANSFER");
    pay(caseA, "100.00", "DIRECT_TO_CREDITOR");

    JsonObject before = kpis("manager", period() + "&creditorId=" + a);
    Map<String, BigDecimal> figures = figures(before);
    assertThat(before.getString("creditorId")).isEqualTo(a);
    assertThat(figures.get("AMOUNT_ENTRUSTED")).isEqualByComparingTo("2000.00");
    assertThat(figures.get("COLLECTED_THROUGH_AGENCY")).isEqualByComparingTo("500.00");
    assertThat(figures.get("COLLECTED_DIRECT")).isEqualByComparingTo("100.00");
    assertThat(figures.get("COLLECTED_TOTAL")).isEqualByComparingTo("600.00");
    // 600 / 2000
    assertThat(figures.get("RECOVERY_RATE")).isEqualByComparingTo("0.3000");
    assertThat(figures.get("CASES_BY_STAGE")).isEqualByComparingTo("1");
    assertThat(figures.get("FEES_EXCL_VAT")).isPositive();
    BigDecimal agencyIncome = money(paidA.getJsonObject("fees"), "agencyIncome");
    assertThat(figures.get("FEES_EXCL_VAT")).isGreaterThanOrEqualTo(agencyIncome);
    // Nothing remitted yet: the transfer less its fee and VAT is awaiting remittance.
    assertThat(figures.get("REMITTED")).isEqualByComparingTo("0.00");
    assertThat(figures.get("AWAITING_REMITTANCE")).isEqualByComparingTo(
        new BigDecimal("500.00")
            .subtract(money(paidA.getJsonObject("fees"), "chargedToCreditor")));
    JsonObject agedBefore = get("/api/v1/aged-balance?creditorId=" + a, "manager", "en")
        .object();

    String caseB = openCase(b, "7000.00");
    pay(caseB, "900.00", "CHEQUE");
    pay(caseB, "50.00", "DIRECT_TO_CREDITOR");
    openCase(b, "300.00");
    Api.Reply note = api().post("/api/v1/cases/" + caseB + "/activities", Tokens.of("collector"),
        "{\"kind\": \"NOTE\", \"outcome\": \"DONE\", \"summary\": \"Relance du débiteur\"}");
    assertThat(note.status()).as(note.body()).isIn(200, 201);

    JsonObject after = kpis("manager", period() + "&creditorId=" + a);
    assertThat(after).isEqualTo(before);
    assertThat(get("/api/v1/aged-balance?creditorId=" + a, "manager", "en").object())
        .isEqualTo(agedBefore);
    // B's figures did move: the comparison above could have failed.
    Map<String, BigDecimal> ofB = figures(kpis("manager", period() + "&creditorId=" + b));
    assertThat(ofB.get("AMOUNT_ENTRUSTED")).isEqualByComparingTo("7300.00");
    assertThat(ofB.get("COLLECTED_TOTAL")).isEqualByComparingTo("950.00");
  }

  @Test
  void aClientReadsItsOwnCreditorsFiguresOnly() {
    String other = registerCreditor();
    openCase(other, "1000.00");

    JsonObject own = kpis("martin", period());
    assertThat(own.getString("creditorId")).isEqualTo(CasesApiIT.MARTIN);
    assertThat(kpis("martin", period() + "&creditorId=" + CasesApiIT.MARTIN))
        .isEqualTo(own);

    Api.Reply refused = get("/api/v1/kpis?" + period() + "&creditorId=" + other, "martin", "fr");
    assertThat(refused.status()).as(refused.body()).isEqualTo(404);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(get("/api/v1/aged-balance?creditorId=" + CasesApiIT.MARTIN, "dupont", "fr")
        .status()).isEqualTo(404);
    assertThat(get("/api/v1/kpis/export.csv?" + period() + "&creditorId=" + other, "martin",
        "fr").status()).isEqualTo(404);
    assertThat(get("/api/v1/kpis?" + period() + "&collector=collector", "martin", "fr").status())
        .isEqualTo(403);
    assertThat(TestServices.auditEventsOf("CreditorClient", other))
        .contains("kpi.access-refused by martin");

    // A collector reads the cases assigned to it, not another collector's.
    JsonObject collector = kpis("collector", period());
    assertThat(collector.getString("collector")).isEqualTo("collector");
    assertThat(get("/api/v1/kpis?" + period() + "&collector=manager", "collector", "en")
        .status()).isEqualTo(403);
    assertThat(kpis("manager", period() + "&collector=collector").getString("collector"))
        .isEqualTo("collector");
  }

  @Test
  void badDatesAndAReversedPeriodAreRefusedWithAProblem() {
    Api.Reply bad = get("/api/v1/kpis?from=2026-13-01&to=2026-01-31", "manager", "en");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.object().getString("type")).isEqualTo("https://recova.io/problems/invalid-input");
    assertThat(bad.body()).contains("\"from\"");

    Api.Reply reversed = get("/api/v1/kpis?from=2026-03-31&to=2026-03-01", "manager", "en");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.body()).contains("before its first day");
    assertThat(get("/api/v1/kpis?from=2026-03-01", "manager", "en").status()).isEqualTo(400);
    Api.Reply badDay = get("/api/v1/aged-balance?asOf=31/03/2026", "manager", "en");
    assertThat(badDay.status()).isEqualTo(400);
    assertThat(badDay.body()).contains("\"asOf\"");
  }

  @Test
  void theDefinitionsFollowTheReadersLanguage() {
    String fr = get("/api/v1/kpis?" + period(), "martin", "fr-FR,fr;q=0.9").body();
    String en = get("/api/v1/kpis?" + period(), "martin", "en-GB,en;q=0.9").body();
    assertThat(fr).contains("Taux de recouvrement", "Part du montant confié");
    assertThat(en).contains("Recovery rate", "Share of the amount entrusted");
  }

  @Test
  void theCsvAndXlsxExportsCarryTheApisFigures() throws Exception {
    String creditor = registerCreditor();
    String caseId = openCase(creditor, "1234.56");
    pay(caseId, "333.33", "BANK_TRANSFER");
    String query = period() + "&creditorId=" + creditor;
    Map<String, BigDecimal> api = figures(kpis("manager", query));

    Api.Reply csv = get("/api/v1/kpis/export.csv?" + query, "manager", "en");
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.body().substring(1)))
        .getRecords();
    Map<String, BigDecimal> fromCsv = new HashMap<>();
    rows.subList(1, rows.size()).forEach(r -> fromCsv.put(r.get(0),
        r.get(2).isEmpty() ? null : new BigDecimal(r.get(2))));
    assertThat(fromCsv).isEqualTo(api);

    Api.Reply xlsx = get("/api/v1/kpis/export.xlsx?" + query, "manager", "en");
    assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
    assertThat(xlsx.contentType()).startsWith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    Map<String, BigDecimal> fromXlsx = new HashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      for (Row r : sheet.subList(1, sheet.size())) {
        String code = r.getCellAsString(0).orElseThrow();
        if (api.get(code) != null) {
          assertThat(r.getCell(2).getType()).as(code).isEqualTo(CellType.NUMBER);
        }
        fromXlsx.put(code, r.getCellAsNumber(2).orElse(null));
      }
    }
    assertThat(fromXlsx.keySet()).isEqualTo(api.keySet());
    api.forEach((code, value) -> {
      if (value == null) {
        assertThat(fromXlsx.get(code)).as(code).isNull();
      } else {
        assertThat(fromXlsx.get(code)).as(code).isEqualByComparingTo(value);
      }
    });
    assertThat(api.get("COLLECTED_TOTAL")).isEqualByComparingTo("333.33");

    // The aged balance, the same way.
    JsonObject aged = get("/api/v1/aged-balance?creditorId=" + creditor, "manager", "en")
        .object();
    Api.Reply agedCsv = get("/api/v1/aged-balance/export.csv?creditorId=" + creditor, "manager",
        "en");
    List<CSVRecord> agedRows = CSVFormat.DEFAULT
        .parse(new StringReader(agedCsv.body().substring(1))).getRecords();
    Api.Reply agedXlsx = get("/api/v1/aged-balance/export.xlsx?creditorId=" + creditor,
        "manager", "en");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(agedXlsx.bytes()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      List<JsonObject> buckets = aged.getJsonArray("buckets").getValuesAs(JsonObject.class);
      for (int i = 0; i < buckets.size(); i++) {
        JsonObject bucket = buckets.get(i);
        BigDecimal amount = money(bucket, "amount");
        assertThat(agedRows.get(i + 1).get(0)).isEqualTo(bucket.getString("code"));
        assertThat(new BigDecimal(agedRows.get(i + 1).get(3))).isEqualByComparingTo(amount);
        assertThat(sheet.get(i + 1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(amount);
        assertThat(sheet.get(i + 1).getCellAsNumber(2).orElseThrow())
            .isEqualByComparingTo(BigDecimal.valueOf(bucket.getJsonNumber("claims").longValue()));
      }
    }
    // 1,234.56 due 15/03/2025, less 333.33 paid: over 90 days past due.
    assertThat(money(aged.getJsonArray("buckets").getJsonObject(4), "amount"))
        .isEqualByComparingTo("901.23");
  }

  @Test
  void claimsAreAgedByTheirDueDatesAndPaymentsGoToTheOldestFirst() {
    String creditor = registerCreditor();
    LocalDate today = AgencyDay.today();
    String reference = CasesApiIT.unique("AGE");
    String json = """
        {"creditorId": "%s", "externalReference": "%s",
         "debtor": {"kind": "COMPANY", "name": "Âgé SARL", "registrationNumber": "383 474 814",
                    "address": {"line1": "1 rue de la Paix", "postalCode": "75002",
                                "city": "Paris", "countryCode": "FR"},
                    "email": "compta@age.example"},
         "claims": [%s, %s, %s, %s, %s]}
        """.formatted(creditor, reference,
        claim("A", today.minusDays(200), "100.00"), claim("B", today.minusDays(75), "200.00"),
        claim("C", today.minusDays(45), "300.00"), claim("D", today.minusDays(10), "400.00"),
        claim("E", today.plusDays(10), "500.00"));
    Api.Reply created = api().post("/api/v1/cases", Tokens.of("manager"), json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String caseId = created.object().getJsonObject("summary").getString("id");
    // Pays the oldest claim (100.00) and half of the next one.
    pay(caseId, "200.00", "BANK_TRANSFER");

    JsonObject aged = get("/api/v1/aged-balance?asOf=" + today + "&creditorId=" + creditor,
        "manager", "en").object();

    assertThat(aged.getString("asOf")).isEqualTo(today.toString());
    assertThat(aged.getString("definition")).startsWith("Unpaid principal of the claims");
    List<JsonObject> buckets = aged.getJsonArray("buckets").getValuesAs(JsonObject.class);
    assertThat(buckets).extracting(b -> b.getString("code")).containsExactly("NOT_DUE",
        "DAYS_0_30", "DAYS_31_60", "DAYS_61_90", "OVER_90");
    assertThat(buckets).extracting(b -> b.getJsonNumber("claims").longValue())
        .containsExactly(1L, 1L, 1L, 1L, 0L);
    assertThat(buckets).extracting(b -> money(b, "amount").toPlainString())
        .containsExactly("500.00", "400.00", "300.00", "100.00", "0.00");
    assertThat(aged.getJsonNumber("totalClaims").longValue()).isEqualTo(4);
    assertThat(money(aged, "totalAmount"))
        .isEqualByComparingTo("1300.00");

    // The day before intake, the creditor had not entrusted anything to the agency yet.
    JsonObject before = get("/api/v1/aged-balance?asOf=" + today.minusDays(1) + "&creditorId="
        + creditor, "manager", "en").object();
    assertThat(before.getJsonNumber("totalClaims").longValue()).isZero();
  }

  @Test
  void closuresPromisesAndRisksAreCountedAsDefined() {
    String creditor = registerCreditor();
    LocalDate today = AgencyDay.today();
    // Paid in full the day it is opened: closed paid, without court, 0 days.
    String paid = openCase(creditor, "1000.00");
    BigDecimal due = money(api().get("/api/v1/cases/" + paid + "/balance",
        Tokens.of("manager")).object(), "due");
    pay(paid, due.toPlainString(), "BANK_TRANSFER");
    // Returned to the creditor: its work ended, not amicably.
    String returned = openCase(creditor, "400.00");
    Api.Reply moved = api().post("/api/v1/cases/" + returned + "/transitions",
        Tokens.of("manager"), "{\"target\": \"RETURNED_TO_CLIENT\", \"reason\": \"Asked back\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    // Due five years less a month ago (B2B, C. com. L110-4): time-barred in about 30 days.
    String reference = CasesApiIT.unique("LIM");
    Api.Reply old = api().post("/api/v1/cases", Tokens.of("manager"), """
        {"creditorId": "%s", "externalReference": "%s",
         "debtor": {"kind": "COMPANY", "name": "Ancienne SARL", "registrationNumber": "383 474 814",
                    "address": {"line1": "1 rue de la Paix", "postalCode": "75002",
                                "city": "Paris", "countryCode": "FR"},
                    "email": "compta@ancienne.example"},
         "claims": [%s]}
        """.formatted(creditor, reference,
        claim("L", today.minusYears(5).plusDays(30), "800.00")));
    assertThat(old.status()).as(old.body()).isEqualTo(201);
    // A case whose plan broke yesterday, with a promise kept and one broken.
    String broken = openCase(creditor, "600.00");
    TestServices.execute("insert into payment_plan (id, case_id, creditor_id, total, currency,"
        + " frequency, installment_count, first_due_date, proposed_on, signed_on, status,"
        + " breached_on, breached_installment, created_by, created_at) values ('"
        + UUID.randomUUID() + "', '" + broken + "', '" + creditor + "', 600.00, 'EUR', 'MONTHLY',"
        + " 3, '" + today.minusDays(40) + "', '" + today.minusDays(45) + "', '"
        + today.minusDays(45) + "', 'BREACHED', '" + today.minusDays(1) + "', 1, 'collector',"
        + " now())",
        promise(broken, "50.00", today.minusDays(20), today.minusDays(10)),
        promise(broken, "70.00", today.minusDays(20), today.minusDays(6)));
    Api.Reply part = api().post("/api/v1/cases/" + broken + "/payments", Tokens.of("manager"),
        "{\"amount\": 50.00, \"currency\": \"EUR\", \"method\": \"BANK_TRANSFER\","
            + " \"valueDate\": \"" + today.minusDays(15) + "\"}",
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(part.status()).as(part.body()).isEqualTo(201);

    Map<String, BigDecimal> k = figures(kpis("manager", period() + "&creditorId=" + creditor));

    assertThat(k.get("CASES_BY_STAGE")).isEqualByComparingTo("4");
    assertThat(k.get("CASES_BY_STAGE.CLOSED_PAID")).isEqualByComparingTo("1");
    assertThat(k.get("CASES_BY_STAGE.RETURNED_TO_CLIENT")).isEqualByComparingTo("1");
    assertThat(k.get("CASES_BY_STAGE.NEW")).isEqualByComparingTo("2");
    // Paid without court, of the two that ended.
    assertThat(k.get("AMICABLE_CONVERSION_RATE")).isEqualByComparingTo("0.5000");
    assertThat(k.get("AVERAGE_DAYS_TO_PAYMENT")).isEqualByComparingTo("0.0");
    assertThat(k.get("MEDIAN_DAYS_TO_PAYMENT")).isEqualByComparingTo("0.0");
    // 50 paid 15 days ago keeps the 50 promise, not the 70 one.
    assertThat(k.get("PROMISE_KEPT_RATE")).isEqualByComparingTo("0.5000");
    assertThat(k.get("AT_RISK_NEAR_LIMITATION")).isEqualByComparingTo("800.00");
    assertThat(k.get("AT_RISK_BROKEN_PLANS")).isEqualByComparingTo("550.00");
    assertThat(k.get("COLLECTED_THROUGH_AGENCY")).isEqualByComparingTo(due.add(
        new BigDecimal("50.00")));
  }

  private static String promise(String caseId, String amount, LocalDate on, LocalDate due) {
    return "insert into promise_to_pay (id, case_id, amount, currency, promised_on, due_date,"
        + " recorded_at, recorded_by) values ('" + UUID.randomUUID() + "', '" + caseId + "', "
        + amount + ", 'EUR', '" + on + "', '" + due + "', now(), 'collector')";
  }

  private static String claim(String suffix, LocalDate due, String principal) {
    LocalDate invoiced = due.isAfter(AgencyDay.today()) ? AgencyDay.today() : due.minusDays(30);
    return """
        {"invoiceNumber": "F-%s", "invoiceDate": "%s", "dueDate": "%s", "principal": %s,
         "currency": "EUR", "nature": "B2B"}""".formatted(suffix, invoiced, due, principal);
  }

  @Test
  void theMonthlyTrendAddsUpToThePeriodsCollectedAndRemittedFigures() {
    String creditor = registerCreditor();
    String open = openCase(creditor, "1500.00");
    pay(open, "400.00", "BANK_TRANSFER");
    pay(open, "250.00", "DIRECT_TO_CREDITOR");
    LocalDate today = AgencyDay.today();
    String query = "from=" + today.minusMonths(2).withDayOfMonth(1) + "&to=" + today
        + "&creditorId=" + creditor;

    Map<String, BigDecimal> figures = figures(kpis("manager", query));
    Api.Reply trend = get("/api/v1/kpis/trend?" + query, "manager", "en");
    assertThat(trend.status()).as(trend.body()).isEqualTo(200);
    List<JsonObject> months = trend.object().getJsonArray("months").getValuesAs(JsonObject.class);

    assertThat(months).extracting(m -> m.getString("month")).containsExactly(
        today.minusMonths(2).toString().substring(0, 7),
        today.minusMonths(1).toString().substring(0, 7), today.toString().substring(0, 7));
    assertThat(months.stream().map(m -> money(m, "collected")).reduce(BigDecimal.ZERO,
        BigDecimal::add)).isEqualByComparingTo(figures.get("COLLECTED_TOTAL"))
        .isEqualByComparingTo("650.00");
    assertThat(money(months.get(2), "collected")).isEqualByComparingTo("650.00");
    assertThat(months.stream().map(m -> money(m, "remitted")).reduce(BigDecimal.ZERO,
        BigDecimal::add)).isEqualByComparingTo(figures.get("REMITTED"));
    // A client reads its own creditor's trend; another creditor's is not found.
    assertThat(get("/api/v1/kpis/trend?from=" + today.withDayOfMonth(1) + "&to=" + today,
        "martin", "en").status()).isEqualTo(200);
    assertThat(get("/api/v1/kpis/trend?" + query, "martin", "en").status()).isEqualTo(404);
  }

  @Test
  void theAgedBalanceComesAsAPdfInTheCallersScopeAndLanguage() {
    String creditor = registerCreditor();
    openCase(creditor, "800.00");

    Api.Reply english = get("/api/v1/aged-balance.pdf?creditorId=" + creditor, "manager", "en");
    assertThat(english.status()).as(english.body()).isEqualTo(200);
    assertThat(english.contentType()).startsWith("application/pdf");
    assertThat(new String(english.bytes(), 0, 5, StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    Api.Reply french = get("/api/v1/aged-balance.pdf", "martin", "fr");
    assertThat(french.status()).as(french.body()).isEqualTo(200);
    assertThat(new String(french.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    // A client asking for another creditor's balance gets what an unknown id gets.
    assertThat(get("/api/v1/aged-balance.pdf?creditorId=" + creditor, "martin", "fr").status())
        .isEqualTo(404);
    assertThat(get("/api/v1/aged-balance.pdf?asOf=31/03/2026", "manager", "en").status())
        .isEqualTo(400);
  }
}
