package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A creditor brings its invoices in through the portal, as it would on a Monday morning: it
 * uploads its Excel export, reads which rows were refused and why, and finds the good cases in
 * its portfolio, valued.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  private String base() {
    return deployed.toString().replaceFirst("//[^:/]+", "//localhost");
  }

  @Test
  void aCreditorUploadsAFileReadsTheReportAndFindsItsCases() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Path file = Files.createTempFile("impayes-" + tag, ".csv");
    Files.write(file, ImportApiIT.frenchExport(tag));
    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("martin", Tokens.PASSWORD);
      browser.await(By.id("creditor-name"));
      browser.open(base() + "cases");
      browser.await(By.id("cases-grid"));

      browser.await(By.id("import-cases")).click();
      WebElement upload = browser.await(By.id("import-upload"));
      WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
      input.sendKeys(file.toAbsolutePath().toString());

      browser.awaitText(By.id("import-summary"), "2 dossiers ouverts");
      String report = browser.driver().findElement(By.id("import-problems")).getText();
      browser.screenshot("import-report");
      assertThat(browser.pageText()).contains("6 lignes lues", "3 lignes rejetées");
      assertThat(report).contains("Le montant doit être supérieur à zéro.",
          "L’échéance est obligatoire.", "Cette date est dans le futur.");

      browser.await(By.id("import-close")).click();
      WebElement search = browser.await(By.cssSelector("#cases-search input"));
      search.sendKeys("R-" + tag, Keys.ENTER);
      browser.awaitText(By.id("cases-grid"), "Dupré; Fils & Cie");
      // The demo portfolio is filtered out once the search applies.
      browser.awaitNoText(By.id("cases-grid"), "MM-0001");
      String grid = browser.driver().findElement(By.id("cases-grid")).getText();
      assertThat(grid).contains("Sérénité Café SARL", "1 334,56", "2 500,00")
          .doesNotContain("Négoce", "Zoé");
      browser.screenshot("portfolio-after-import");

      browser.driver().findElements(By.cssSelector("#cases-grid vaadin-grid-cell-content"))
          .stream().filter(c -> c.getText().equals("Sérénité Café SARL")).findFirst()
          .orElseThrow().click();
      browser.awaitText(By.id("case-title"), "Sérénité Café SARL");
      browser.awaitText(By.id("balance-totals"), "1 334,56");
      assertThat(browser.driver().findElement(By.id("case-claims")).getText())
          .contains("F" + tag + "-1", "F" + tag + "-2");
      browser.screenshot("dossier");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aCreditorSubmitsACaseByFormAndIsToldWhatIsWrongFirst() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String name = "Formulaire Équipe " + tag;
    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("dupont", Tokens.PASSWORD);
      browser.await(By.id("creditor-name"));
      browser.open(base() + "cases");
      browser.await(By.id("new-case")).click();

      type(browser, "new-case-reference", "FORM-" + tag);
      type(browser, "new-case-name", name);
      type(browser, "new-case-registration", "383 474 815");
      type(browser, "new-case-line1", "4 rue des Tanneurs");
      type(browser, "new-case-postcode", "59000");
      type(browser, "new-case-city", "Lille");
      type(browser, "claim-0-number", "FF-" + tag);
      type(browser, "claim-0-invoice-date", "03/01/2025");
      type(browser, "claim-0-due-date", "02/02/2025");
      type(browser, "claim-0-principal", "1234,56");
      browser.await(By.id("new-case-save")).click();

      browser.awaitText(By.id("new-case-registration"), "clé de contrôle");
      browser.screenshot("new-case-invalid");
      assertThat(TestServices.queryOne("select count(*) from case_file where external_reference"
          + " = 'FORM-" + tag + "'")).isEqualTo("0");

      type(browser, "new-case-registration", "383 474 814");
      browser.await(By.id("new-case-save")).click();
      browser.awaitText(By.id("cases-grid"), name);
      assertThat(browser.driver().findElement(By.id("cases-grid")).getText())
          .contains("1 234,56");
      assertThat(TestServices.queryOne("select count(*) from case_file where external_reference"
          + " = 'FORM-" + tag + "'")).isEqualTo("1");
    }
  }

  @Test
  void aCollectorLogsACallAndTheSecondCallOfTheDayIsRefused() {
    String reference = CasesApiIT.unique("CALL");
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Appelé " + reference, "420.00"));
    String id = opened.object().getJsonObject("summary").getString("id");
    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("collector", Tokens.PASSWORD);
      browser.await(By.id("main-nav"));
      browser.open(base() + "case/" + id);
      browser.awaitText(By.id("case-title"), reference);

      type(browser, "activity-summary", "Joint le comptable, paiement promis");
      click(browser, "activity-log");
      browser.awaitText(By.id("case-message"), "C’est fait.");
      browser.awaitText(By.id("case-timeline"), "Joint le comptable");

      click(browser, "activity-log");
      browser.awaitText(By.id("case-message"), "déjà été appelé aujourd’hui");
      browser.screenshot("second-call-refused");
      assertThat(TestServices.queryOne("select count(*) from activity where case_id = '" + id
          + "'")).isEqualTo("1");
    }
  }

  @Test
  void aCollectorWorksTheFirstTaskCallsSendsTheFormalNoticeAndTheSecondCallIsRefused() {
    Api api = new Api(deployed);
    assertThat(api.post("/api/v1/jobs/daily-tasks", Tokens.of("manager"), "").status())
        .isEqualTo(200);
    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("collector", Tokens.PASSWORD);
      browser.await(By.id("main-nav"));
      browser.open(base() + "console/queue");
      browser.awaitText(By.id("work-queue"), "Reste dû");
      browser.screenshot("work-queue");
      browser.driver().findElements(By.cssSelector("#work-queue vaadin-grid-cell-content"))
          .stream().filter(c -> c.getText().startsWith("E-mail") || c.getText().startsWith(
              "Courrier") || c.getText().startsWith("Appel")).findFirst().orElseThrow().click();
      browser.await(By.id("case-title"));
      assertThat(browser.driver().getCurrentUrl()).contains("/case/");
      String id = browser.driver().getCurrentUrl().replaceAll(".*/case/", "")
          .replaceAll("\\?.*", "");

      type(browser, "activity-summary", "Messagerie, rappel demain");
      click(browser, "activity-log");
      browser.awaitText(By.id("case-message"), "C’est fait.");

      choose(browser, "letter-kind", "Mise en demeure");
      // The queue may have proposed an e-mail; every test debtor has a postal address.
      choose(browser, "letter-channel", "Courrier postal");
      click(browser, "letter-send");
      browser.awaitText(By.id("case-letters"), "LR-");
      browser.awaitText(By.id("case-letters"), "Mise en demeure");
      browser.awaitText(By.id("case-timeline"), "Formal notice LR-");
      browser.screenshot("formal-notice-sent");

      click(browser, "activity-log");
      browser.awaitText(By.id("case-message"), "déjà été appelé aujourd’hui");
      assertThat(TestServices.queryOne("select count(*) from activity where case_id = '" + id
          + "' and kind = 'CALL'")).isEqualTo("1");
      assertThat(TestServices.queryOne("select count(*) from letter where case_id = '" + id
          + "' and kind = 'FORMAL_NOTICE'")).isEqualTo("1");
    }
  }

  /** Opens a select and picks the item with the given text. */
  private static void choose(Browser browser, String id, String item) {
    click(browser, id);
    WebElement option = browser.await(By.xpath(
        "//vaadin-select-item[normalize-space(.)='" + item + "']"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", option);
    browser.awaitText(By.id(id), item);
  }

  /** Clicks by script: the confirmation of the first action may still cover the button. */
  private static void click(Browser browser, String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", browser.await(By.id(id)));
  }

  private static void type(Browser browser, String id, String text) {
    WebElement input = browser.await(By.cssSelector("#" + id + " input"));
    input.clear();
    input.sendKeys(text);
    // Enter commits a date picker's text and closes its calendar, which would cover the next field.
    input.sendKeys(id.contains("date") ? Keys.ENTER : Keys.TAB);
  }
}
