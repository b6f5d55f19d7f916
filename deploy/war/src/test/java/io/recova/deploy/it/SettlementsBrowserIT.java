package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.WebElement;

/**
 * Settlements in the browser: a collector proposes one above the mandate's authority from the
 * case view, and the creditor approves it from the approvals of its portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettlementsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  private String base() {
    return deployed.toString().replaceFirst("//[^:/]+", "//localhost");
  }

  @Test
  void aCollectorProposesAboveTheAuthorityAndTheCreditorApprovesInItsPortal() {
    String reference = CasesApiIT.unique("SETB");
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Remise " + reference, "1000.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getJsonObject("summary").getString("id");
    String payBy = AgencyDay.today().plusDays(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("collector", Tokens.PASSWORD);
      browser.await(By.id("main-nav"));
      browser.open(base() + "case/" + id);
      browser.awaitText(By.id("case-title"), reference);
      browser.awaitText(By.id("case-settlements-none"), "Aucune remise");

      type(browser, "settlement-amount", "500", Keys.TAB);
      type(browser, "settlement-pay-by", payBy, Keys.ENTER);
      type(browser, "settlement-note", "Dernière offre du débiteur", Keys.TAB);
      click(browser, "settlement-propose");
      browser.awaitText(By.id("case-message"), "attend l’approbation");
      browser.awaitText(By.id("case-settlements"), "En attente d’approbation");
      browser.screenshot("settlement-proposed");
    }
    String sid = TestServices.queryOne("select id from settlement where case_id = '" + id + "'");
    assertThat(TestServices.queryOne("select status from settlement where id = '" + sid + "'"))
        .isEqualTo("PROPOSED_AWAITING_APPROVAL");

    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("martin", Tokens.PASSWORD);
      browser.awaitText(By.id("main-nav"), "Remises à approuver");
      browser.open(base() + "portal/approvals");
      browser.awaitText(By.id("approvals"), reference);
      browser.screenshot("settlement-approvals-martin");
      type(browser, "approval-note", "D’accord", Keys.TAB);
      click(browser, "approve-" + sid);
      browser.awaitNoText(By.tagName("body"), reference);
    }
    assertThat(TestServices.queryOne("select status || ' ' || decided_by || ' ' || decision_note"
        + " from settlement where id = '" + sid + "'")).isEqualTo("ACCEPTED martin D’accord");
  }

  /** Clicks by script: a notification may still cover the button. */
  private static void click(Browser browser, String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", browser.await(By.id(id)));
  }

  /** Types into a field; Enter commits a date picker's text and closes its calendar. */
  private static void type(Browser browser, String id, String text, Keys after) {
    WebElement input = browser.await(By.cssSelector("#" + id + " input"));
    input.clear();
    input.sendKeys(text);
    input.sendKeys(after);
  }
}
