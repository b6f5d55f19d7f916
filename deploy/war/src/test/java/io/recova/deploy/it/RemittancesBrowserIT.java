package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.WebElement;

/**
 * A creditor downloads its latest remittance statement from the portal, after a manager has
 * approved the run that pays it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemittancesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  @Test
  void aCreditorDownloadsItsLatestStatement() {
    Api api = new Api(deployed);
    // Dupont's creditor: the API tests work on martin's run of the day.
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("dupont"),
        CasesApiIT.caseJson(null, CasesApiIT.unique("RMTB"), "Relevé SARL", "900.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.object().getJsonObject("summary").getString("id");
    String creditor = opened.object().getJsonObject("summary").getString("creditorId");
    Api.Reply paid = api.post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        PaymentsApiIT.paymentJson("400.00", "BANK_TRANSFER"),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    Api.Reply run = api.post("/api/v1/remittances/runs", Tokens.of("manager"),
        "{\"periodEnd\": \"" + AgencyDay.today() + "\", \"creditorId\": \"" + creditor + "\"}");
    assertThat(run.status()).as(run.body()).isIn(200, 201);
    String runId = run.object().getString("id");
    if (run.object().getString("status").equals("DRAFT")) {
      Api.Reply approved = api.post("/api/v1/remittances/runs/" + runId + "/approve",
          Tokens.of("manager"), "{}");
      assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "dupont");
      browser.awaitText(By.id("main-nav"), "Reversements");
      browser.open(Browser.localBase(deployed) + "portal/remittances");
      browser.awaitContent(By.id("remittances"), "Relevé (PDF)");
      browser.awaitContent(By.id("remittances"), "400,00");
      browser.screenshot("remittances-dupont");
      WebElement link = browser.await(By.id("statement-" + runId));
      // Follows the link as the browser would, with the user's session: the bytes are a PDF.
      Object head = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0].href, {credentials: 'same-origin'})"
              + ".then(r => r.arrayBuffer())"
              + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))"
              + ".catch(e => done('error ' + e));", link);
      assertThat(head).isEqualTo("%PDF-");

      // The fee invoice issued with the run: linked from the run's row, and on its own page.
      Api.Reply invoices = api.get("/api/v1/invoices?runId=" + runId, Tokens.of("manager"));
      assertThat(invoices.status()).as(invoices.body()).isEqualTo(200);
      String number = invoices.json().asJsonArray().getJsonObject(0).getString("number");
      browser.awaitContent(By.id("remittances"), "Facture " + number);
      browser.open(Browser.localBase(deployed) + "portal/invoices");
      browser.awaitContent(By.id("invoices"), number);
      browser.awaitContent(By.id("invoices"), "Télécharger le PDF");
      assertThat(fetchHead(browser, browser.await(By.id("invoice-" + number))))
          .isEqualTo("%PDF-");
    }
  }

  /** The first five bytes behind a download link, fetched with the user's session. */
  private static Object fetchHead(Browser browser, WebElement link) {
    return ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0].href, {credentials: 'same-origin'})"
            + ".then(r => r.arrayBuffer())"
            + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))"
            + ".catch(e => done('error ' + e));", link);
  }
}
