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
import org.openqa.selenium.Keys;

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

  @Test
  void aCollectorRecordsAPromiseSetsUpAPlanAndTheCreditorFollowsBoth() {
    String reference = CasesApiIT.unique("PLNB");
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Échéancier " + reference, "1000.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getJsonObject("summary").getString("id");

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "collector");
      browser.open(Browser.localBase(deployed) + "case/" + id);
      browser.awaitText(By.id("case-title"), reference);
      browser.awaitText(By.id("case-plans-none"), "Aucun échéancier");

      String promiseDate = AgencyDay.today().plusDays(7)
          .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      browser.type(By.id("promise-amount"), "200", Keys.TAB);
      browser.type(By.id("promise-due-date"), promiseDate, Keys.ENTER);
      browser.type(By.id("promise-note"), "Virement promis au téléphone", Keys.TAB);
      browser.click(By.id("promise-record"));
      browser.awaitContent(By.id("case-promises"), "200,00");
      // The page is rebuilt after the action, and comes back to the section the user was in.
      Object top = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "const r = document.getElementById('section-promises').getBoundingClientRect();"
              + "return r.top >= 0 && r.top < window.innerHeight;");
      assertThat(top).as("the promises' heading is on screen").isEqualTo(Boolean.TRUE);
      browser.awaitText(By.id("case-promises"), "En attente");
      browser.awaitText(By.id("case-promises"), promiseDate);

      browser.type(By.id("plan-total"), "5000", Keys.TAB);
      browser.type(By.id("plan-count"), "3", Keys.TAB);
      browser.click(By.id("plan-propose"));
      browser.awaitContent(By.id("case-message"), "au plus le solde dû");
      assertThat(TestServices.queryOne("select count(*) from payment_plan where case_id = '"
          + id + "'")).isEqualTo("0");

      browser.type(By.id("plan-total"), "900", Keys.TAB);
      browser.click(By.id("plan-propose"));
      browser.awaitText(By.id("case-plans"), "3 échéances mensuelles");
      browser.awaitText(By.id("case-plans"), "pas encore signé");
      browser.awaitText(By.id("case-plan-installments"), "300,00");
      browser.awaitText(By.id("case-plan-installments"), "À venir");

      browser.click(By.id("plan-sign"));
      browser.awaitText(By.id("case-stage"), "Échéancier");
      browser.awaitText(By.id("case-timeline"), "Échéancier signé");
      browser.awaitNoText(By.id("case-plans"), "pas encore signé");
      browser.screenshot("plan-signed");
    }
    assertThat(TestServices.queryOne("select status || ' ' || (signed_on is not null)"
        + " from payment_plan where case_id = '" + id + "'")).isEqualTo("ACTIVE true");

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "martin");
      browser.open(Browser.localBase(deployed) + "case/" + id);
      browser.awaitText(By.id("case-plans"), "Respecté");
      browser.awaitText(By.id("case-promises"), "200,00");
      assertThat(browser.driver().findElements(By.id("promise-record"))).isEmpty();
      browser.awaitText(By.id("case-plan-installments"), "300,00");
      assertThat(browser.driver().findElements(By.id("plan-cancel"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("plan-propose"))).isEmpty();
      browser.screenshot("plan-portal-martin");
    }
  }
}
