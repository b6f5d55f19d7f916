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

/** Reference rates are data: seeded by migration, recorded and corrected by an admin, audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceRatesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void thePublishedRatesAreSeeded() {
    Api.Reply reply = api().get("/api/v1/reference-rates", Tokens.of("collector"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().asJsonArray().getValuesAs(JsonObject.class))
        .anySatisfy(
            rate -> {
              assertThat(rate.getString("kind")).isEqualTo("LEGAL_OTHER");
              assertThat(rate.getString("validFrom")).isEqualTo("2026-01-01");
              assertThat(rate.getJsonNumber("percent").bigDecimalValue())
                  .isEqualByComparingTo("2.62");
            });
    assertThat(api().get("/api/v1/reference-rates", Tokens.of("martin")).status()).isEqualTo(403);
  }

  @Test
  void anAdminRecordsAndCorrectsAHalfYearsRateAndBothAreAudited() {
    String rate =
        """
        {"kind": "LEGAL_PRIVATE", "validFrom": "2027-01-01", "percent": %s,
         "source": "Arrêté du 22 décembre 2026"}
        """;

    Api.Reply recorded = api().post("/api/v1/reference-rates", Tokens.of("admin"), rate.formatted("6.10"));
    Api.Reply corrected = api().post("/api/v1/reference-rates", Tokens.of("admin"), rate.formatted("6.01"));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(corrected.object().getJsonNumber("percent").bigDecimalValue())
        .isEqualByComparingTo("6.01");
    assertThat(TestServices.auditEventsOf("ReferenceRate", "LEGAL_PRIVATE@2027-01-01"))
        .containsExactly("reference-rate.recorded by admin", "reference-rate.corrected by admin");
    assertThat(
            api().post("/api/v1/reference-rates", Tokens.of("manager"), rate.formatted("9")).status())
        .isEqualTo(403);
  }

  @Test
  void aRateThatIsNotForAHalfYearIsRefused() {
    Api.Reply reply =
        api()
            .post(
                "/api/v1/reference-rates",
                Tokens.of("admin"),
                """
                {"kind": "ECB_REFI", "validFrom": "2026-03-15", "percent": 150, "source": ""}
                """);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.object().getJsonArray("invalidFields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .containsExactlyInAnyOrder("validFrom", "percent", "source");
  }
}
