package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * Certificates in the browser: a manager approves closing a case as irrecoverable in the console,
 * and the creditor downloads the certificate from its portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  private String base() {
    return deployed.toString().replaceFirst("//[^:/]+", "//localhost");
  }

  @Test
  void aManagerApprovesTheWriteOffAndTheCreditorDownloadsItsCertificate() {
    String reference = CasesApiIT.unique("CERTB");
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Disparue " + reference, "1200.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getJsonObject("summary").getString("id");
    Api.Reply asked = api.post("/api/v1/cases/" + id + "/write-off", Tokens.of("collector"),
        "{\"reason\": \"DEBTOR_GONE_OR_UNKNOWN\", \"note\": \"Courrier revenu NPAI\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    String wid = asked.object().getString("id");

    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("manager", Tokens.PASSWORD);
      browser.awaitText(By.id("main-nav"), "Irrécouvrables");
      browser.open(base() + "console/write-offs");
      browser.awaitText(By.id("write-offs"), reference);
      browser.screenshot("write-offs-manager");
      click(browser, "approve-write-off-" + wid);
      browser.awaitNoText(By.tagName("body"), reference);
    }
    String number = TestServices.queryOne("select number from certificate where case_id = '"
        + id + "'");
    assertThat(number).startsWith("CI-");
    assertThat(TestServices.queryOne("select stage from case_file where id = '" + id + "'"))
        .isEqualTo("CLOSED_IRRECOVERABLE");

    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("martin", Tokens.PASSWORD);
      browser.awaitText(By.id("main-nav"), "Certificats");
      browser.open(base() + "portal/certificates");
      browser.awaitContent(By.id("certificates"), number);
      browser.screenshot("certificates-martin");
      WebElement link = browser.await(By.id("certificate-" + number));
      assertThat(link.getAttribute("href")).isNotBlank();
      // Follows the link as the browser would, with the user's session: the bytes are a PDF.
      Object head = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0].href, {credentials: 'same-origin'})"
              + ".then(r => r.arrayBuffer())"
              + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))"
              + ".catch(e => done('error ' + e));", link);
      assertThat(head).isEqualTo("%PDF-");
    }
  }

  /** Clicks by script: a notification may still cover the button. */
  private static void click(Browser browser, String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", browser.await(By.id(id)));
  }
}
