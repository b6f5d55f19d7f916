package io.recova.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk intake: the same dossiers loaded by COPY into the tables an import writes (debtor,
 * address, contacts, case, claims, OPENED event, audit), then submitted as a JSON file to
 * {@code POST /api/v1/cases/import} for a second creditor. Each round times both; the ratio is
 * the API's dossiers per second over COPY's.
 */
final class IntakeBenchmark {

  private final Database database;
  private final RecovaApi api;
  private final String token;
  private final LocalDate asOf;
  private final long seed;

  IntakeBenchmark(Database database, RecovaApi api, String token, LocalDate asOf, long seed) {
    this.database = database;
    this.api = api;
    this.token = token;
    this.asOf = asOf;
    this.seed = seed;
  }

  Result run(int cases, int rounds) throws Exception {
    Samples viaApi = new Samples();
    Samples viaCopy = new Samples();
    Dice dice = new Dice(seed ^ System.nanoTime());
    Creditors.Creditor copyCreditor;
    Creditors.Creditor apiCreditor;
    String stamp = Long.toString(System.currentTimeMillis() % 1_000_000);
    try (Connection connection = database.connect()) {
      Tables tables = new Tables();
      java.util.Random random = dice.javaRandom();
      copyCreditor = Creditors.create(dice, random, 9000, "Intake COPY " + stamp, cases, asOf,
          tables);
      apiCreditor = Creditors.create(dice, random, 9001, "Intake API " + stamp, cases, asOf,
          tables);
      tables.flush(connection);
      connection.commit();

      for (int round = 0; round < rounds; round++) {
        Tables rows = new Tables();
        AuditWriter audit = new AuditWriter(rows.audit);
        CaseGenerator generator = new CaseGenerator(dice, rows, new LedgerWriter(rows, dice),
            audit, new RemittanceHistory(), asOf);
        // Rows are built before the clock starts: the floor is the database taking them.
        long start = System.nanoTime();
        audit.begin(connection);
        long lockTaken = System.nanoTime() - start;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
          ids.add(generator.write(copyCreditor, (long) round * cases + i + 1,
              CaseGenerator.Kind.INTAKE));
        }
        start = System.nanoTime();
        rows.flush(connection);
        connection.commit();
        viaCopy.add(System.nanoTime() - start + lockTaken);

        byte[] file = asImportFile(connection, ids);
        RecovaApi.Answer answer = api.post("/api/v1/cases/import?format=json&fileName=bench-"
            + round + ".json&creditorId=" + apiCreditor.id(), token, "application/json", file)
            .requireOk("The import");
        int created = answer.json().getInt("casesCreated");
        if (created != cases) {
          throw new IllegalStateException("The import created " + created + " of " + cases
              + " dossiers; first problems: " + answer.json().getJsonArray("problems").stream()
                .limit(5).toList());
        }
        viaApi.add(answer.nanos());
      }
    }
    double ratio = viaCopy.median() / viaApi.median();
    return new Result("bulk intake, " + cases + " dossiers/file: import vs COPY",
        "ms", viaApi, viaCopy, ratio, "API >= 1/5 of COPY's rate (ratio >= 0.20)",
        ratio >= 0.2, String.format("%.0f dossiers/s by the API, %.0f by COPY (medians)",
            cases / (viaApi.median() / 1000), cases / (viaCopy.median() / 1000)));
  }

  /** The dossiers as written, as an import file: {"cases": [NewCase...]}. */
  private static byte[] asImportFile(Connection connection, List<UUID> ids) throws SQLException {
    Map<String, JsonObjectBuilder> cases = new LinkedHashMap<>();
    Map<String, JsonArrayBuilder> claims = new LinkedHashMap<>();
    try (var query = connection.prepareStatement("""
        select c.external_reference, d.kind, d.name, d.registration_number, a.line1, a.line2,
               a.postal_code, a.city, a.country_code,
               (select value from debtor_contact k where k.debtor_id = d.id and k.channel = 'EMAIL'
                 order by k.position limit 1),
               (select value from debtor_contact k where k.debtor_id = d.id and k.channel = 'PHONE'
                 order by k.position limit 1),
               l.invoice_number, l.invoice_date, l.due_date, l.principal, l.currency, l.nature,
               l.contract_rate_percent, l.vat_percent
          from case_file c join debtor d on d.id = c.debtor_id
          left join debtor_address a on a.debtor_id = d.id and a.position = 0
          join claim l on l.case_id = c.id
         where c.id = any (?)
         order by c.external_reference, l.position""")) {
      query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          String reference = r.getString(1);
          if (!cases.containsKey(reference)) {
            JsonObjectBuilder address = Json.createObjectBuilder().add("line1", r.getString(5))
                .add("postalCode", r.getString(7)).add("city", r.getString(8))
                .add("countryCode", r.getString(9));
            JsonObjectBuilder debtor = Json.createObjectBuilder().add("kind", r.getString(2))
                .add("name", r.getString(3)).add("address", address);
            optional(debtor, "registrationNumber", r.getString(4));
            optional(debtor, "email", r.getString(10));
            optional(debtor, "phone", r.getString(11));
            cases.put(reference, Json.createObjectBuilder().add("externalReference", reference)
                .add("debtor", debtor));
            claims.put(reference, Json.createArrayBuilder());
          }
          JsonObjectBuilder claim = Json.createObjectBuilder()
              .add("invoiceNumber", r.getString(12))
              .add("invoiceDate", r.getString(13)).add("dueDate", r.getString(14))
              .add("principal", r.getBigDecimal(15)).add("currency", r.getString(16).strip())
              .add("nature", r.getString(17));
          if (r.getBigDecimal(18) != null) {
            claim.add("contractRatePercent", r.getBigDecimal(18));
          }
          if (r.getBigDecimal(19) != null) {
            claim.add("vatPercent", r.getBigDecimal(19));
          }
          claims.get(reference).add(claim);
        }
      }
    }
    connection.commit();
    JsonArrayBuilder array = Json.createArrayBuilder();
    cases.forEach((reference, c) -> array.add(c.add("claims", claims.get(reference))));
    return Json.createObjectBuilder().add("cases", array).build().toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void optional(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }
}
