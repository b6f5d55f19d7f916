package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A settlement paid closes its case as settled, through the daily job: the agreed amount is
 * posted as a real payment on the case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettlementPaidIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private JsonObject runDailyJob() {
    Api.Reply run = api().post("/api/v1/jobs/daily-tasks", Tokens.of("manager"), "");
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    return run.object().getJsonObject("settlements");
  }

  @Test
  void thePaidSettlementClosesTheCaseAsSettledOnceAndOnlyOnce() {
    String reference = CasesApiIT.unique("SET");
    Api.Reply opened = api().post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Payeur " + reference, "1000.00"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getJsonObject("summary").getString("id");
    Api.Reply proposed = api().post("/api/v1/cases/" + id + "/settlements", Tokens.of("manager"),
        "{\"amount\": 800.00, \"payBy\": \"" + AgencyDay.today().plusDays(10) + "\"}");
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    assertThat(proposed.object().getString("status")).isEqualTo("ACCEPTED");
    String sid = proposed.object().getString("id");
    Api.Reply paid = api().post("/api/v1/cases/" + id + "/payments", Tokens.of("collector"),
        "{\"amount\": 800.00, \"currency\": \"EUR\", \"method\": \"BANK_TRANSFER\","
            + " \"valueDate\": \"" + AgencyDay.today() + "\"}",
        java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);

    JsonObject first = runDailyJob();

    assertThat(first.getBoolean("ran")).isTrue();
    assertThat(first.getInt("paid")).isGreaterThanOrEqualTo(1);
    assertThat(TestServices.queryOne("select status from settlement where id = '" + sid + "'"))
        .isEqualTo("PAID");
    assertThat(TestServices.queryOne("select stage from case_file where id = '" + id + "'"))
        .isEqualTo("CLOSED_SETTLED");
    String dossier = api().get("/api/v1/cases/" + id, Tokens.of("martin")).body();
    assertThat(dossier).contains("SETTLEMENT_PAID", "CLOSED_SETTLED",
        "Settlement S-" + sid.substring(0, 8) + " paid");

    runDailyJob();
    assertThat(TestServices.auditEventsOf("Settlement", sid)).containsExactly(
        "settlement.proposed by manager", "settlement.paid by manager");
    assertThat(TestServices.auditEventsOf("Case", id)).containsExactly(
        "case.opened by martin", "case.event-recorded by collector",
        "case.stage-changed by manager");
    assertThat(api().post("/api/v1/cases/" + id + "/settlements", Tokens.of("manager"),
        "{\"amount\": 500.00, \"payBy\": \"" + AgencyDay.today().plusDays(10) + "\"}").status())
        .isEqualTo(409);
  }
}
