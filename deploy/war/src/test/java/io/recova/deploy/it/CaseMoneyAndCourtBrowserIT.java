package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Money and court in the case workspace: a collector records a payment and reverses it when the
 * bank returns it, then takes the suggested route to court and records its first step; the
 * creditor follows both and declares a payment the debtor made to it directly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseMoneyAndCourtBrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  @Test
  void aCollectorPostsAndReversesAPaymentThenGoesToCourtAndTheCreditorFollows() {
    String reference = CasesApiIT.unique("MNYB");
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Cour " + reference, "8000.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getJsonObject("summary").getString("id");
    Api.Reply noticed = api.post("/api/v1/cases/" + id + "/transitions", Tokens.of("collector"),
        "{\"target\": \"FORMAL_NOTICE\", \"noticeDate\": \"" + TODAY.minusDays(20) + "\"}");
    assertThat(noticed.status()).as(noticed.body()).isEqualTo(200);

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "collector");
      browser.open(Browser.localBase(deployed) + "case/" + id);
      browser.awaitText(By.id("case-title"), reference);
      browser.awaitText(By.id("case-payments-none"), "Aucun paiement");

      browser.type(By.id("payment-amount"), "500", Keys.TAB);
      browser.type(By.id("payment-reference"), "VIR 4411", Keys.TAB);
      browser.click(By.id("payment-post"));
      browser.awaitText(By.id("case-payments"), "500,00");
      browser.awaitText(By.id("case-payments"), "Virement");
      browser.awaitText(By.id("balance-totals"), "500,00");

      browser.choose(By.id("reversal-payment"), "500,00");
      browser.choose(By.id("reversal-reason"), "Rejet bancaire");
      browser.click(By.id("reversal-submit"));
      browser.awaitText(By.id("case-payments"), "Annulé : Rejet bancaire");
      assertThat(TestServices.queryOne("select count(*) from payment_reversal r join payment p"
          + " on p.id = r.payment_id where p.case_id = '" + id + "'")).isEqualTo("1");

      browser.awaitContent(By.id("judicial-suggestion"), "Injonction de payer");
      browser.awaitContent(By.id("judicial-suggestion"), "✓ Une mise en demeure au dossier");
      browser.type(By.id("proceeding-court"), "Tribunal de commerce de Grenoble", Keys.TAB);
      browser.click(By.id("proceeding-open"));
      browser.awaitText(By.id("case-stage"), "Judiciaire");
      browser.awaitContent(By.cssSelector("[id^='proceeding-']"),
          "Tribunal de commerce de Grenoble");
      browser.choose(By.cssSelector("[id^='step-kind-']"), "Requête en injonction déposée");
      browser.click(By.cssSelector("[id^='step-record-']"));
      browser.awaitContent(By.cssSelector("[id^='proceeding-steps-']"),
          "Requête en injonction déposée");
      browser.awaitContent(By.id("case-timeline"), "Étape de procédure");
      browser.scrollTo(By.id("judicial-suggestion"));
      browser.screenshot("judicial-step-recorded");
    }
    assertThat(TestServices.queryOne("select kind from judicial_step where case_id = '" + id
        + "'")).isEqualTo("PAYMENT_ORDER_FILED");

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "martin");
      browser.open(Browser.localBase(deployed) + "case/" + id);
      browser.awaitContent(By.cssSelector("[id^='proceeding-steps-']"),
          "Requête en injonction déposée");
      assertThat(browser.driver().findElements(By.id("proceeding-open"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("reversal-submit"))).isEmpty();
      browser.type(By.id("payment-amount"), "100", Keys.TAB);
      browser.click(By.id("payment-post"));
      browser.awaitText(By.id("case-payments"), "Payé directement au créancier");
      browser.scrollTo(By.id("case-payments"));
      browser.screenshot("direct-payment-declared");
    }
    assertThat(TestServices.queryOne("select method || ' ' || amount from payment where case_id"
        + " = '" + id + "' and recorded_by = 'martin'")).isEqualTo("DIRECT_TO_CREDITOR 100.00");
  }
}
