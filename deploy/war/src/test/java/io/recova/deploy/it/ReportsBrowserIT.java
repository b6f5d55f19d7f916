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

/** A manager opens the reports page from the console and downloads the spreadsheet. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  @Test
  void aManagerSeesTheFiguresByCreditorAndDownloadsTheSpreadsheet() {
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("manager"),
        CasesApiIT.caseJson(CasesApiIT.MARTIN, CasesApiIT.unique("RPTB"), "Rapport SARL",
            "900.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.object().getJsonObject("summary").getString("id");
    Api.Reply paid = api.post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        PaymentsApiIT.paymentJson("400.00", "BANK_TRANSFER"),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "manager");
      browser.awaitText(By.id("main-nav"), "Rapports");
      browser.open(Browser.localBase(deployed) + "console/reports");
      browser.awaitContent(By.id("report-by-creditor"), "Encaissé par le cabinet");
      browser.awaitContent(By.id("report-by-creditor"), "400,00");
      browser.screenshot("reports-manager");
      WebElement link = browser.await(By.id("report-xlsx"));
      // Follows the link with the user's session: an XLSX is a ZIP, which starts with "PK".
      Object head = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0].href, {credentials: 'same-origin'})"
              + ".then(r => r.arrayBuffer())"
              + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))))"
              + ".catch(e => done('error ' + e));", link);
      assertThat(head).isEqualTo("PK");
    }
  }
}
