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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Promises and payment plans in the browser: a collector records the debtor's promise, then puts
 * a plan to the debtor from the case view; a total
 * above the balance due is refused with a readable message, the signature moves the case to PAYMENT_PLAN, and the
 * creditor sees the plan in its portal without the agency's forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PromisesAndPlansBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  private String base() {
    return deployed.toString().replaceFirst("//[^:/]+", "//localhost");
  }

  @Test
  void aCollectorRecordsAPromiseSetsUpAPlanAndTheCreditorFollowsBoth() {
    String reference = CasesApiIT.unique("PLNB");
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Échéancier " + reference, "1000.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getJsonObject("summary").getString("id");

    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("collector", Tokens.PASSWORD);
      browser.await(By.id("main-nav"));
      browser.open(base() + "case/" + id);
      browser.awaitText(By.id("case-title"), reference);
      browser.awaitText(By.id("case-plans-none"), "Aucun échéancier");

      String promiseDate = java.time.LocalDate.now().plusDays(7)
          .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      type(browser, "promise-amount", "200", Keys.TAB);
      type(browser, "promise-due-date", promiseDate, Keys.ENTER);
      type(browser, "promise-note", "Virement promis au téléphone", Keys.TAB);
      click(browser, "promise-record");
      browser.awaitText(By.id("case-promises"), "200,00");
      browser.awaitText(By.id("case-promises"), "En attente");
      browser.awaitText(By.id("case-promises"), promiseDate);

      type(browser, "plan-total", "5000", Keys.TAB);
      type(browser, "plan-count", "3", Keys.TAB);
      click(browser, "plan-propose");
      browser.awaitContent(By.id("case-message"), "au plus le solde dû");
      assertThat(TestServices.queryOne("select count(*) from payment_plan where case_id = '"
          + id + "'")).isEqualTo("0");

      type(browser, "plan-total", "900", Keys.TAB);
      click(browser, "plan-propose");
      browser.awaitText(By.id("case-plans"), "3 échéances mensuelles");
      browser.awaitText(By.id("case-plans"), "pas encore signé");
      browser.awaitText(By.id("case-plan-installments"), "300,00");
      browser.awaitText(By.id("case-plan-installments"), "À venir");

      click(browser, "plan-sign");
      browser.awaitText(By.id("case-stage"), "Échéancier");
      browser.awaitText(By.id("case-timeline"), "Échéancier signé");
      browser.awaitNoText(By.id("case-plans"), "pas encore signé");
      browser.screenshot("plan-signed");
    }
    assertThat(TestServices.queryOne("select status || ' ' || (signed_on is not null)"
        + " from payment_plan where case_id = '" + id + "'")).isEqualTo("ACTIVE true");

    try (Browser browser = new Browser("fr")) {
      browser.open(base());
      browser.logInAtKeycloak("martin", Tokens.PASSWORD);
      browser.await(By.id("main-nav"));
      browser.open(base() + "case/" + id);
      browser.awaitText(By.id("case-plans"), "Respecté");
      browser.awaitText(By.id("case-promises"), "200,00");
      assertThat(browser.driver().findElements(By.id("promise-record"))).isEmpty();
      browser.awaitText(By.id("case-plan-installments"), "300,00");
      assertThat(browser.driver().findElements(By.id("plan-cancel"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("plan-propose"))).isEmpty();
      browser.screenshot("plan-portal-martin");
    }
  }

  /** Clicks by script: a notification may still cover the button. */
  private static void click(Browser browser, String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", browser.await(By.id(id)));
  }

  private static void type(Browser browser, String id, String text, Keys after) {
    WebElement input = browser.await(By.cssSelector("#" + id + " input"));
    input.clear();
    input.sendKeys(text);
    input.sendKeys(after);
  }
}
