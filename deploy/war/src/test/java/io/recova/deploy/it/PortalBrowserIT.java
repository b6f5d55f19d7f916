package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The UI as its users meet it, in headless Chromium: the login goes through Keycloak's own page,
 * then the portal or the console shows what the role allows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  /**
   * The application as a user on this machine reaches it: through localhost, which the realm
   * accepts as a redirect target (Arquillian reports the machine's network address instead).
   */
  private String base() {
    return deployed.toString().replaceFirst("//[^:/]+", "//localhost");
  }

  @Test
  void aClientUserLogsInAndSeesOnlyItsOwnCreditor() {
    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("martin", Tokens.PASSWORD);

      browser.awaitText(By.id("creditor-name"), "Martin Matériaux SAS");
      String page = browser.pageText();
      assertThat(page).contains("12,50 %", "18,00 %", "FR76 3000 6000 0112 3456 7890 189");
      assertThat(page).doesNotContain("Dupont", "Clinique");
      assertThat(browser.driver().findElements(By.id("clients-grid"))).isEmpty();
      String href = browser.await(By.id("download-mandate")).getAttribute("href");
      // Follow the download link within the user's session, as the browser would.
      Object downloaded =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done("
                      + "r.status + ' ' + r.headers.get('content-type') + ' '"
                      + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));",
                  href);
      assertThat(downloaded).asString().startsWith("200 application/pdf %PDF-");
      browser.screenshot("portal-martin");

      // The console is not for client users: they are sent back to their portal.
      browser.open(base() + "console/clients");
      browser.awaitText(By.id("creditor-name"), "Martin Matériaux SAS");
    }
  }

  @Test
  void aManagerAddsACreditorClientFromTheConsoleAndIsToldAboutABadIban() {
    String name = "Boulangerie L'Épi d'Or " + UUID.randomUUID().toString().substring(0, 6);
    long before = TestServices.count("creditor_client");
    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("manager", Tokens.PASSWORD);
      browser.await(By.id("clients-grid"));

      browser.await(By.id("new-client")).click();
      type(browser, "client-name", name);
      type(browser, "client-fee-amicable", "12,5");
      type(browser, "client-fee-judicial", "18");
      type(browser, "client-iban", "FR76 3000 6000 0112 3456 7890 188");
      browser.await(By.id("client-save")).click();

      browser.awaitText(By.id("client-iban"), "clé de contrôle");
      assertThat(browser.driver().findElement(By.id("client-iban")).getAttribute("invalid"))
          .isNotNull();
      assertThat(TestServices.count("creditor_client")).isEqualTo(before);
      browser.screenshot("console-bad-iban");

      type(browser, "client-iban", "FR76 3000 6000 0112 3456 7890 189");
      browser.await(By.id("client-save")).click();

      browser.awaitText(By.id("clients-grid"), name);
      assertThat(browser.pageText()).contains("12,50 %");
      assertThat(TestServices.count("creditor_client")).isEqualTo(before + 1);
      browser.screenshot("console-saved");

      // The language is switchable, and the choice holds for the rest of the session.
      browser.await(By.id("lang-en")).click();
      browser.awaitText(By.tagName("h2"), "Creditor clients");
      assertThat(browser.pageText()).contains("12.50%").doesNotContain("Créanciers mandants");
    }
  }

  private static void type(Browser browser, String id, String text) {
    WebElement input = browser.await(By.cssSelector("#" + id + " input"));
    input.clear();
    input.sendKeys(text);
  }
}
