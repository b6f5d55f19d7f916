package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/**
 * What the money tests set up through the API: a creditor of their own (other tests collect for
 * the demo creditors in the same database), its cases and their payments.
 */
final class MoneyFixtures {

  static final String IBAN = "FR7630006000011234567890189";

  private final Api api;

  MoneyFixtures(Api api) {
    this.api = api;
  }

  /** A new creditor client with a flat 15 % mandate, named from the prefix; its id. */
  String creditor(String namePrefix) {
    Api.Reply r = api.post("/api/v1/clients", Tokens.of("manager"),
        ClientsApiIT.newClientJson(CasesApiIT.unique(namePrefix), IBAN, "15"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getString("id");
  }

  /** A case of the creditor for one claim of the amount, opened by a manager; its id. */
  String openCase(String creditorId, String referencePrefix, String amount) {
    String reference = CasesApiIT.unique(referencePrefix);
    Api.Reply r = api.post("/api/v1/cases", Tokens.of("manager"),
        CasesApiIT.caseJson(creditorId, reference, "Débiteur " + reference, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  /** A payment of today posted by a collector under a fresh idempotency key; the answer. */
  JsonObject pay(String caseId, String amount, String method) {
    return post(caseId, PaymentsApiIT.paymentJson(amount, method));
  }

  /** A payment with its own JSON (a value date, a reference), posted by a collector. */
  JsonObject post(String caseId, String paymentJson) {
    Api.Reply r = api.post("/api/v1/cases/" + caseId + "/payments", Tokens.of("collector"),
        paymentJson, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object();
  }
}
