package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
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
 * The managers' fee and remittance report on the real WAR: after payments (one paid directly to
 * the creditor), their fees and an approved remittance on two new creditors, each creditor's line
 * of the spreadsheet is what the trust ledger holds for it, and the three groupings share one
 * total, which is the ledger's; managers download it as XLSX or PDF; clients and collectors are
 * refused; bad periods are a problem+json 400.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagementReportsApiIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** Amount columns of every sheet, after the label: agency, direct, fees, certificate fees,
   * VAT, remitted, awaiting remittance; then payments and cases. */
  static final int AGENCY = 1;
  static final int DIRECT = 2;
  static final int FEES = 3;
  static final int CERTIFICATE = 4;
  static final int VAT = 5;
  static final int REMITTED = 6;
  static final int AWAITING = 7;
  static final int PAYMENTS = 8;
  static final int CASES = 9;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String registerCreditor(String name) {
    Api.Reply r = api().post("/api/v1/clients", Tokens.of("manager"),
        ClientsApiIT.newClientJson(name, "FR7630006000011234567890189", "15"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  private String openCase(String creditorId, String amount) {
    return new MoneyFixtures(api()).openCase(creditorId, "RPT", amount);
  }

  private void pay(String caseId, String amount, String method) {
    new MoneyFixtures(api()).pay(caseId, amount, method);
  }

  private String period() {
    LocalDate today = AgencyDay.today();
    return "?from=" + today.minusDays(40) + "&to=" + today;
  }

  private Api.Reply report(String user, String suffix, String accept) {
    return api().get("/api/v1/reports/fees-and-remittances" + suffix + period(),
        Tokens.of(user), Map.of("Accept", accept, "Accept-Language", "en"));
  }

  /** The balance of each account of a creditor (or of every creditor), in euros. */
  private Map<String, BigDecimal> ledger(String creditorId) {
    Api.Reply r = api().get("/api/v1/ledger/balances"
        + (creditorId == null ? "" : "?creditorId=" + creditorId), Tokens.of("manager"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Map<String, BigDecimal> balances = new HashMap<>();
    for (JsonValue v : r.json().asJsonArray()) {
      JsonObject b = v.asJsonObject();
      if ("EUR".equals(b.getString("currency"))) {
        balances.merge(b.getString("account"),
            b.getJsonObject("balance").getJsonNumber("amount").bigDecimalValue(),
            BigDecimal::add);
      }
    }
    return balances;
  }

  private static BigDecimal of(Map<String, BigDecimal> balances, String account) {
    return balances.getOrDefault(account, BigDecimal.ZERO);
  }

  private static Map<String, List<Row>> sheets(byte[] xlsx) throws IOException {
    Map<String, List<Row>> sheets = new HashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (var sheet : workbook.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    return sheets;
  }

  private static Row row(List<Row> rows, String label) {
    return rows.stream().filter(r -> r.getCellCount() > 0 && r.getCell(0) != null
            && label.equals(r.getCell(0).getText()))
        .findFirst().orElseThrow(() -> new AssertionError("No line " + label));
  }

  private static BigDecimal number(Row row, int column) {
    Cell cell = row.getCell(column);
    assertThat(cell.getType()).as("column " + column + " of " + row).isEqualTo(CellType.NUMBER);
    return cell.asNumber();
  }

  @Test
  void eachCreditorsLineIsWhatTheLedgerHoldsAndTheGroupingsShareTheLedgersTotal()
      throws IOException {
    String first = CasesApiIT.unique("Rapport Un SAS");
    String second = CasesApiIT.unique("Rapport Deux SARL");
    String one = registerCreditor(first);
    String two = registerCreditor(second);
    String oneCase = openCase(one, "5000.00");
    pay(oneCase, "1000.00", "BANK_TRANSFER");
    pay(oneCase, "300.00", "BANK_TRANSFER");
    String twoCase = openCase(two, "3000.00");
    pay(twoCase, "600.00", "BANK_TRANSFER");
    pay(openCase(two, "900.00"), "400.00", "DIRECT_TO_CREDITOR");
    Api.Reply run = api().post("/api/v1/remittances/runs", Tokens.of("manager"),
        "{\"periodEnd\": \"" + AgencyDay.today() + "\", \"creditorId\": \"" + one + "\"}");
    assertThat(run.status()).as(run.body()).isEqualTo(201);
    Api.Reply approved = api().post("/api/v1/remittances/runs/"
        + run.object().getString("id") + "/approve", Tokens.of("manager"), "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);

    Api.Reply xlsx = report("manager", "", XLSX);

    assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
    assertThat(xlsx.contentType()).startsWith(XLSX);
    Map<String, List<Row>> sheets = sheets(xlsx.bytes());
    assertThat(sheets).containsOnlyKeys("By creditor", "By collector", "By month");
    for (String creditor : List.of(one, two)) {
      Map<String, BigDecimal> ledger = ledger(creditor);
      Row line = row(sheets.get("By creditor"), creditor.equals(one) ? first : second);
      // Only payments debit the trust bank account; remittances credit it and debit REMITTED.
      assertThat(number(line, AGENCY))
          .isEqualByComparingTo(of(ledger, "TRUST_BANK").add(of(ledger, "REMITTED")));
      assertThat(number(line, DIRECT)).isEqualByComparingTo(of(ledger, "DIRECT_COLLECTED"));
      assertThat(number(line, FEES).add(number(line, CERTIFICATE)))
          .isEqualByComparingTo(of(ledger, "AGENCY_FEE_INCOME"));
      assertThat(number(line, VAT)).isEqualByComparingTo(of(ledger, "VAT_PAYABLE"));
      assertThat(number(line, REMITTED)).isEqualByComparingTo(of(ledger, "REMITTED"));
      assertThat(number(line, AWAITING)).isEqualByComparingTo(of(ledger, "CREDITOR_PAYABLE"));
    }
    Row firstLine = row(sheets.get("By creditor"), first);
    assertThat(number(firstLine, AGENCY)).isEqualByComparingTo("1300.00");
    assertThat(number(firstLine, REMITTED)).isPositive();
    assertThat(number(firstLine, PAYMENTS)).isEqualByComparingTo("2");
    assertThat(number(firstLine, CASES)).isEqualByComparingTo("1");
    Row secondLine = row(sheets.get("By creditor"), second);
    assertThat(number(secondLine, AGENCY)).isEqualByComparingTo("600.00");
    assertThat(number(secondLine, DIRECT)).isEqualByComparingTo("400.00");
    assertThat(number(secondLine, FEES)).isPositive();
    assertThat(number(secondLine, REMITTED)).isZero();
    assertThat(number(secondLine, CASES)).isEqualByComparingTo("2");

    // One grand total in the three groupings, and what awaits remittance on the period's last
    // day is every creditor's payable balance in the ledger.
    Row byCreditor = row(sheets.get("By creditor"), "Total");
    Row byCollector = row(sheets.get("By collector"), "Total");
    Row byMonth = row(sheets.get("By month"), "Total");
    for (int column = AGENCY; column <= CASES; column++) {
      if (column == AWAITING) {
        continue;
      }
      assertThat(number(byCollector, column)).as("column " + column)
          .isEqualByComparingTo(number(byCreditor, column));
      if (column != CASES) {
        assertThat(number(byMonth, column)).as("column " + column)
            .isEqualByComparingTo(number(byCreditor, column));
      }
    }
    assertThat(number(byMonth, AWAITING)).isEqualByComparingTo(number(byCreditor, AWAITING))
        .isEqualByComparingTo(of(ledger(null), "CREDITOR_PAYABLE"));
  }

  @Test
  void managersDownloadThePdfAndOnlyManagersAndAdminsReadTheReport() {
    Api.Reply pdf = report("manager", "", "application/pdf");
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    Api.Reply bySuffix = report("admin", ".xlsx", "*/*");
    assertThat(bySuffix.status()).as(bySuffix.body()).isEqualTo(200);
    assertThat(bySuffix.contentType()).startsWith(XLSX);
    assertThat(report("manager", ".pdf", "*/*").contentType()).startsWith("application/pdf");

    Api.Reply client = report("martin", "", XLSX);
    assertThat(client.status()).isEqualTo(403);
    assertThat(client.contentType()).startsWith("application/problem+json");
    assertThat(report("collector", ".pdf", "*/*").status()).isEqualTo(403);
  }

  @Test
  void aBadPeriodIsAProblemNamingTheField() {
    Api.Reply backwards = api().get("/api/v1/reports/fees-and-remittances.pdf"
        + "?from=2026-03-31&to=2026-01-01", Tokens.of("manager"));
    assertThat(backwards.status()).as(backwards.body()).isEqualTo(400);
    assertThat(backwards.contentType()).startsWith("application/problem+json");
    assertThat(backwards.body()).contains("report.period");

    Api.Reply notADay = api().get("/api/v1/reports/fees-and-remittances.xlsx"
        + "?from=2026-02-30&to=", Tokens.of("manager"));
    assertThat(notADay.status()).as(notADay.body()).isEqualTo(400);
    assertThat(notADay.body()).contains("\"from\"", "\"to\"");
  }
}
