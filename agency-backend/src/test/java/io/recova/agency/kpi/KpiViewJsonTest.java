package io.recova.agency.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The JSON an API client reads: money as amount and currency, rates as decimals, nulls shown. */
class KpiViewJsonTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static JsonObject json(Kpi kpi, Locale locale, boolean collector) {
    PortfolioAggregates a = KpiCalculatorTest.march();
    if (collector) {
      a = new PortfolioAggregates(a.entrusted(), a.collectedThroughAgency(), a.collectedDirect(),
          a.collectedOnEntrusted(), null, null, null, a.casesByStage(), a.casesEnded(),
          a.casesEndedAmicably(), a.daysToPayment(), a.promisesSettled(), a.promisesKept(),
          a.atRiskNearLimitation(), a.atRiskBrokenPlans(), a.feesExclVat(), a.feesVat());
    }
    KpiValue v = KpiCalculator.compute(a, Currency.getInstance("EUR")).stream()
        .filter(k -> k.kpi() == kpi).findFirst().orElseThrow();
    return Json.createReader(new StringReader(JSON.toJson(KpiView.of(v, locale)))).readObject();
  }

  @Test
  void moneyIsAnAmountWithItsCurrency() {
    JsonObject o = json(Kpi.COLLECTED_TOTAL, Locale.ENGLISH, false);
    assertThat(o.getString("code")).isEqualTo("COLLECTED_TOTAL");
    assertThat(o.getString("unit")).isEqualTo("MONEY");
    assertThat(o.getJsonObject("value").getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("1300.00");
    assertThat(o.getJsonObject("value").getString("currency")).isEqualTo("EUR");
    assertThat(o.getString("definition")).startsWith("Collected through the agency plus");
  }

  @Test
  void aRateIsADecimalAndTheDefinitionFollowsTheLanguage() {
    JsonObject o = json(Kpi.RECOVERY_RATE, Locale.FRENCH, false);
    assertThat(o.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("0.2");
    assertThat(o.getJsonNumber("value").toString()).isEqualTo("0.2000");
    assertThat(o.getString("label")).isEqualTo("Taux de recouvrement");
  }

  @Test
  void anAbsentFigureIsAnExplicitNull() {
    JsonObject o = json(Kpi.REMITTED, Locale.ENGLISH, true);
    assertThat(o.containsKey("value")).isTrue();
    assertThat(o.isNull("value")).isTrue();
  }

  @Test
  void casesByStageCarryTheirBreakdown() {
    JsonObject o = json(Kpi.CASES_BY_STAGE, Locale.ENGLISH, false);
    assertThat(o.getJsonNumber("value").longValue()).isEqualTo(6);
    assertThat(o.getJsonArray("breakdown").getValuesAs(JsonObject.class))
        .anySatisfy(s -> {
          assertThat(s.getString("stage")).isEqualTo("CLOSED_PAID");
          assertThat(s.getJsonNumber("cases").longValue()).isEqualTo(3);
        });
  }
}
