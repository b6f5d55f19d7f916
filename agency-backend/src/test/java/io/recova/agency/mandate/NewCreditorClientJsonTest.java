package io.recova.agency.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** The registration body is read by JSON-B: the fee options are optional fields. */
class NewCreditorClientJsonTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Test
  void aBodyWithoutTheFeeOptionsLeavesThemNull() {
    NewCreditorClient c = JSON.fromJson(
        "{\"name\": \"Martin\", \"amicableFeePercent\": 12.5, \"remittanceFrequency\": \"MONTHLY\"}",
        NewCreditorClient.class);

    assertThat(c.name()).isEqualTo("Martin");
    assertThat(c.amicableFeePercent()).isEqualByComparingTo("12.5");
    assertThat(c.feeTiers()).isNull();
    assertThat(c.fileFee()).isNull();
  }

  @Test
  void aBodyWithTheFeeOptionsCarriesThem() {
    NewCreditorClient c = JSON.fromJson(
        "{\"name\": \"Martin\", \"feeTiers\": [{\"above\": 5000, \"amicableFeePercent\": 10,"
            + " \"judicialFeePercent\": 12}], \"fileFee\": 30, \"indemnityKeptBy\": \"AGENCY\"}",
        NewCreditorClient.class);

    assertThat(c.feeTiers()).singleElement()
        .satisfies(t -> assertThat(t.above()).isEqualByComparingTo("5000"));
    assertThat(c.fileFee()).isEqualByComparingTo("30");
    assertThat(c.indemnityKeptBy()).isEqualTo(KeptBy.AGENCY);
  }
}
