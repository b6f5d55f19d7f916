package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A creditor's dashboard is live: open in the browser, it shows a payment a collector posts on one
 * of its cases without a reload, with the API's figure; another creditor's open dashboard does not
 * move. The dashboard's screenshot is kept under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  /** The text of an element wherever it is on the page (a tile may be below the fold). */
  private static String text(Browser browser, String id) {
    browser.await(By.id(id));
    return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
        "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id));
  }

  /** The digits of a shown amount: "1 234,50 €" and "€1,234.50" are both 123450. */
  private static String digits(String shown) {
    return shown.replaceAll("[^0-9]", "");
  }

  private static BigDecimal collectedTotal(Api api, String user) {
    LocalDate today = AgencyDay.today();
    Api.Reply r = api.get("/api/v1/kpis?from=" + today.withDayOfYear(1) + "&to=" + today,
        Tokens.of(user));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("kpis").getValuesAs(JsonObject.class).stream()
        .filter(k -> k.getString("code").equals("COLLECTED_TOTAL")).findFirst().orElseThrow()
        .getJsonObject("value").getJsonNumber("amount").bigDecimalValue();
  }

  @Test
  void aCreditorsDashboardShowsAPaymentOnItsCaseByItselfAndAnotherCreditorsDoesNotMove() {
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, CasesApiIT.unique("LIVE"), "Direct SARL", "2500.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.object().getJsonObject("summary").getString("id");
    String base = Browser.localBase(deployed);

    try (Browser martin = new Browser("fr"); Browser dupont = new Browser("fr")) {
      martin.logInAs(base, "martin");
      martin.open(base + "portal/dashboard");
      martin.await(By.id("kpi-COLLECTED_TOTAL"));
      dupont.logInAs(base, "dupont");
      dupont.open(base + "portal/dashboard");
      dupont.await(By.id("kpi-COLLECTED_TOTAL"));
      // The charts are drawn by Chart.js in the page, each with its values.
      for (String chart : new String[] {"chart-trend", "chart-stages", "chart-aged"}) {
        new WebDriverWait(martin.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(
            By.id(chart)).getAttribute("data-rendered") != null);
        assertThat(martin.driver().findElement(By.cssSelector("#" + chart + " canvas"))
            .getSize().getHeight()).isPositive();
      }
      assertThat(text(martin, "kpi-tiles")).contains("Total encaissé",
          "Encaissé par le cabinet plus encaissé en direct par le créancier, sur la période.");
      String martinBefore = text(martin, "kpi-COLLECTED_TOTAL");
      assertThat(digits(martinBefore))
          .isEqualTo(digits(collectedTotal(api, "martin").toPlainString()));
      String dupontBefore = text(dupont, "kpi-COLLECTED_TOTAL");
      String dupontStamp = text(dupont, "kpi-updated");

      Api.Reply paid = api.post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
          PaymentsApiIT.paymentJson("321.45", "BANK_TRANSFER"),
          Map.of("Idempotency-Key", UUID.randomUUID().toString()));
      assertThat(paid.status()).as(paid.body()).isEqualTo(201);

      // No reload: the server pushes, the page reads its figures again.
      BigDecimal expected = collectedTotal(api, "martin");
      new WebDriverWait(martin.driver(), Duration.ofSeconds(30))
          .until(d -> !text(martin, "kpi-COLLECTED_TOTAL").equals(martinBefore));
      assertThat(digits(text(martin, "kpi-COLLECTED_TOTAL")))
          .isEqualTo(digits(expected.toPlainString()));
      // The whole dashboard in one picture: tiles, definitions and charts.
      martin.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2300));
      new WebDriverWait(martin.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(
          By.id("chart-aged")).getAttribute("data-rendered") != null);
      martin.screenshot("dashboard-martin");

      // Dupont's page was told nothing: same figure, same time of its last reading.
      assertThat(text(dupont, "kpi-COLLECTED_TOTAL")).isEqualTo(dupontBefore);
      assertThat(text(dupont, "kpi-updated")).isEqualTo(dupontStamp);
    }
  }

  @Test
  void aManagerSeesTheAgencysFiguresAndDownloadsTheAgedBalancePdf() {
    String base = Browser.localBase(deployed);
    try (Browser manager = new Browser("en")) {
      manager.logInAs(base, "manager");
      manager.awaitText(By.id("main-nav"), "Agency KPIs");
      manager.open(base + "console/dashboard");
      manager.await(By.id("kpi-COLLECTED_TOTAL"));
      new WebDriverWait(manager.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(
          By.id("chart-trend")).getAttribute("data-rendered") != null);
      assertThat(text(manager, "kpi-tiles")).contains("Total collected", "Recovery rate");
      Object head = ((JavascriptExecutor) manager.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0].href, {credentials: 'same-origin'})"
              + ".then(r => r.arrayBuffer())"
              + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))"
              + ".catch(e => done('error ' + e));", manager.await(By.id("aged-balance-pdf")));
      assertThat(head).isEqualTo("%PDF-");
      manager.screenshot("dashboard-agency");
    }
  }
}
