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
 * The costs section of the judicial tab in a real browser: a collector records a court fee from
 * its invoice and sees it split with its reason; the creditor reads it without the form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvancedCostsBrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL deployed;

  @Test
  void aCollectorRecordsACourtFeeAndTheCreditorReadsItsSplit() {
    String reference = CasesApiIT.unique("CSTB");
    Api api = new Api(deployed);
    Api.Reply opened = api.post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Greffe " + reference, "3000.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getJsonObject("summary").getString("id");

    try (Browser browser = new Browser("fr")) {
      browser.logInAs(Browser.localBase(deployed), "collector");
      browser.open(Browser.localBase(deployed) + "case/" + id);
      browser.awaitText(By.id("case-title"), reference);
      browser.awaitContent(By.id("costs-none"), "Aucun frais avancé");
      browser.choose(By.id("cost-kind"), "Frais de greffe");
      browser.type(By.id("cost-amount"), "35,22", Keys.TAB);
      browser.type(By.id("cost-supplier"), "Greffe du tribunal de commerce de Grenoble",
          Keys.TAB);
      browser.type(By.id("cost-reference"), "G-2026-118", Keys.TAB);
      browser.click(By.id("cost-record"));
      browser.awaitContent(By.id("costs-grid"), "G-2026-118");
      browser.awaitContent(By.id("costs-grid"), "35,22");
      browser.awaitContent(By.id("costs-grid"), "L111-8");
      browser.scrollTo(By.id("case-costs"));
      browser.screenshot("cost-recorded");
    }
    assertThat(TestServices.queryOne("select kind || ' ' || other_share || ' ' || other_bearer"
        + " from advanced_cost where case_id = '" + id + "'"))
        .isEqualTo("COURT_FEE 35.22 CREDITOR");

    try (Browser browser = new Browser("en")) {
      browser.logInAs(Browser.localBase(deployed), "martin");
      browser.open(Browser.localBase(deployed) + "case/" + id);
      browser.awaitContent(By.id("costs-grid"), "Court fee");
      browser.awaitContent(By.id("costs-grid"), "G-2026-118");
      assertThat(browser.driver().findElements(By.id("cost-record"))).isEmpty();
    }
  }
}
