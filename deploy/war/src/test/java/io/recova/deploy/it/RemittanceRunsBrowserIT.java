package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Keys;

/**
 * A manager remits a creditor's money from the console: prepares the creditor's run of the day,
 * checks its line, approves it, and downloads the SEPA file and the statement it produced.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemittanceRunsBrowserIT {

  private static final String IBAN = "FR7630006000011234567890189";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  @Test
  void aManagerPreparesChecksAndApprovesARunThenDownloadsItsFiles() {
    Api api = new Api(deployed);
    String name = CasesApiIT.unique("Console SAS");
    Api.Reply registered = api.post("/api/v1/clients", Tokens.of("manager"),
        ClientsApiIT.newClientJson(name, IBAN, "15"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String creditor = registered.object().getString("id");
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("manager"),
        CasesApiIT.caseJson(creditor, CasesApiIT.unique("RRB"), "Virement SARL", "1000.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.object().getJsonObject("summary").getString("id");
    // Received yesterday and remitted by yesterday's run, so that today's run is a new one.
    LocalDate yesterday = AgencyDay.today().minusDays(1);
    Api.Reply paid = api.post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        PaymentsApiIT.paymentJson("500.00", "BANK_TRANSFER")
            .replace(AgencyDay.today().toString(), yesterday.toString()),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "manager");
      browser.awaitText(By.id("main-nav"), "Reversements clients");
      browser.open(Browser.localBase(deployed) + "console/remittances");
      browser.type(By.id("remittance-period-end"),
          yesterday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
      browser.type(By.id("remittance-creditor"), name, Keys.ENTER);
      browser.click(By.id("prepare-remittance"));

      // 500.00 collected, 15 % of fees (75.00) and their VAT (15.00) kept: 410.00 to pay.
      browser.awaitContent(By.id("remittance-run"), "Brouillon, à vérifier");
      browser.awaitContent(By.id("remittance-lines"), name);
      browser.awaitContent(By.id("remittance-lines"), "410,00");
      browser.awaitContent(By.id("remittance-run-figures"), "honoraires et TVA retenus 90,00");
      browser.screenshot("remittance-run-draft");
      assertThat(browser.driver().findElements(By.cssSelector("[id^='sepa-']"))).isEmpty();

      browser.click(By.id("approve-remittance"));
      browser.awaitContent(By.id("remittance-run"), "Approuvé");
      browser.screenshot("remittance-run-approved");
      String sepa = fetchText(browser, browser.await(By.cssSelector("[id^='sepa-']")));
      assertThat(sepa).startsWith("<?xml").contains("pain.001.001.03").contains(IBAN)
          .contains(">410.00<");
      String statement = fetchText(browser,
          browser.await(By.cssSelector("[id^='statement-'][id$='" + creditor + "']")));
      assertThat(statement).startsWith("%PDF-");
      // The fee invoice issued on approval: 75.00 of fees and 15.00 of VAT, numbered FA-year-n.
      browser.awaitContent(By.id("remittance-lines"), "Facture FA-" + AgencyDay.today().getYear());
      browser.screenshot("remittance-run-invoiced");
      String invoice = fetchText(browser, browser.await(By.cssSelector("[id^='invoice-']")));
      assertThat(invoice).startsWith("%PDF-");
      assertThat(browser.driver().findElements(By.id("approve-remittance")).stream()
          .noneMatch(b -> b.isDisplayed())).isTrue();

      // The bank then returns the transfer: the 410.00 already paid to the client is owed back,
      // and the next run of the client, with nothing collected, shows it still to recover.
      Api.Reply returned = api.post("/api/v1/payments/" + paid.object().getString("id")
          + "/reversal", Tokens.of("manager"), "{\"reason\": \"BANK_RETURN\"}");
      assertThat(returned.status()).as(returned.body()).isEqualTo(200);
      browser.open(Browser.localBase(deployed) + "console/remittances");
      browser.type(By.id("remittance-period-end"),
          AgencyDay.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
      // The client picked from the list itself: the run must be this client's alone.
      browser.type(By.id("remittance-creditor"), name, Keys.ARROW_DOWN);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()",
          browser.await(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), \""
              + name + "\")]")));
      browser.click(By.id("prepare-remittance"));
      browser.awaitContent(By.id("remittance-run"), "Brouillon, à vérifier");
      browser.awaitContent(By.id("remittance-lines"), name);
      browser.awaitContent(By.id("remittance-lines"), "Restant dû par le client");
      browser.awaitContent(By.id("remittance-lines"), "410,00");
      browser.awaitContent(By.id("remittance-run-figures"),
          "restant dû par les clients pour paiements rejetés 410,00");
      browser.screenshot("remittance-run-reclaim");
    }
  }

  /** Follows a download link with the user's session and reads the start of what it returns. */
  private static String fetchText(Browser browser, org.openqa.selenium.WebElement link) {
    Object text = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0].href, {credentials: 'same-origin'})"
            + ".then(r => r.arrayBuffer())"
            + ".then(b => done(new TextDecoder('latin1').decode(new Uint8Array(b))))"
            + ".catch(e => done('error ' + e));", link);
    return String.valueOf(text);
  }
}
