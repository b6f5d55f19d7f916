package io.recova.bench;

import io.recova.agency.ledger.AccountBalance;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.LedgerLine;
import io.recova.agency.ledger.LedgerVerification;
import io.recova.agency.ledger.Side;
import io.recova.agency.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code generate} command: a reproducible data set at a chosen scale, bulk-loaded with COPY
 * into the Flyway-migrated schema, in transactions of a few thousand dossiers (the deferred
 * ledger trigger checks each of them at its commit), then the past remittances, then VACUUM
 * ANALYZE.
 */
final class DataGenerator {

  static final String STATEMENT_CREDITOR = "Relevé Volumineux SAS";

  private final Database database;
  private final int cases;
  private final int creditorCount;
  private final long seed;
  private final LocalDate asOf;
  private final int statementLines;
  private final int chunk;
  private final boolean verify;

  DataGenerator(Options options) {
    this.database = Database.from(options);
    this.cases = options.number("cases", 1_000_000);
    this.creditorCount = options.number("creditors", Math.max(10, Math.min(200, cases / 5000)));
    this.seed = options.longNumber("seed", 42);
    this.asOf = options.date("as-of", LocalDate.now());
    this.statementLines = options.number("statement-lines", 10_000);
    this.chunk = options.number("chunk", 5_000);
    this.verify = !options.flag("no-verify");
  }

  void run() throws SQLException {
    long started = System.nanoTime();
    database.migrate();
    Dice dice = new Dice(seed);
    Tables tables = new Tables();
    LedgerWriter ledger = new LedgerWriter(tables, dice);
    AuditWriter audit = new AuditWriter(tables.audit);
    RemittanceHistory history = new RemittanceHistory();
    CaseGenerator generator = new CaseGenerator(dice, tables, ledger, audit, history, asOf);

    try (Connection connection = database.connect()) {
      refuseSecondDataSet(connection);
      int[] sizes = Creditors.sizes(cases, creditorCount);
      List<Creditors.Creditor> creditors = Creditors.create(dice, sizes, "", asOf, tables);
      Creditors.Creditor statement = Creditors.create(dice, dice.javaRandom(), creditorCount,
          STATEMENT_CREDITOR, statementLines, asOf, tables);
      tables.flush(connection);
      connection.commit();
      System.out.printf("%d creditors; the largest holds %,d cases (%d %%)%n", creditors.size(),
          sizes[0], Math.round(100.0 * sizes[0] / cases));

      // Creditors interleaved as their dossiers would arrive, in a seeded order.
      int[] order = new int[cases];
      int k = 0;
      for (int c = 0; c < sizes.length; c++) {
        for (int i = 0; i < sizes[c]; i++) {
          order[k++] = c;
        }
      }
      for (int i = order.length - 1; i > 0; i--) {
        int j = dice.between(0, i);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      long[] numbers = new long[creditors.size()];
      int written = 0;
      while (written < cases) {
        audit.begin(connection);
        int end = Math.min(cases, written + chunk);
        for (; written < end; written++) {
          int c = order[written];
          generator.write(creditors.get(c), ++numbers[c], CaseGenerator.Kind.PORTFOLIO);
        }
        tables.flush(connection);
        connection.commit();
        progress(written, cases, started);
      }
      for (int done = 0; done < statementLines; ) {
        audit.begin(connection);
        int end = Math.min(statementLines, done + chunk);
        for (; done < end; done++) {
          generator.write(statement, done + 1, CaseGenerator.Kind.STATEMENT);
        }
        tables.flush(connection);
        connection.commit();
      }
      audit.begin(connection);
      // The month before as-of stays open: the benchmark's remittance run pays it.
      int runs = history.write(YearMonth.from(asOf).minusMonths(2), dice, tables, ledger, audit);
      tables.flush(connection);
      connection.commit();
      System.out.printf("%d approved monthly remittance runs%n", runs);
    }
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(true);
      try (var statement = connection.createStatement()) {
        // VACUUM as well: a database that has lived has most of its pages marked all-visible by
        // autovacuum, which index-only scans rely on; freshly copied rows have none.
        // The read models' logs (V26, V29) folded into their totals, as the application does every
        // minute: left to it, the first minute of a benchmark spent 20 s folding a million cases.
        statement.execute("select kpi_compact()");
        statement.execute("vacuum (analyze)");
      }
    }
    for (CopyTable table : tables.all()) {
      if (table.written() > 0) {
        System.out.printf("  %-26s %,12d rows%n", table.name(), table.written());
      }
    }
    System.out.printf("Generated in %s (seed %d, as of %s)%n",
        Duration.ofNanos(System.nanoTime() - started).withNanos(0), seed, asOf);
    if (verify) {
      verifyLedger();
    }
  }

  private void refuseSecondDataSet(Connection connection) throws SQLException {
    try (var statement = connection.prepareStatement(
        "select count(*) from creditor_client where contact_email like ?")) {
      statement.setString(1, "%@" + Creditors.MARKER_DOMAIN);
      try (var rows = statement.executeQuery()) {
        rows.next();
        if (rows.getLong(1) > 0) {
          throw new IllegalStateException("This database already holds a generated data set:"
              + " generate into an empty database (the evidence tables refuse deletes)");
        }
      }
    }
  }

  private static void progress(int written, int total, long started) {
    if (written % 50_000 == 0 || written == total) {
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("  %,d / %,d cases (%.0f cases/s)%n", written, total,
          written / seconds);
    }
  }

  /**
   * Runs the application's ledger verification (LedgerVerification) on the whole ledger: every
   * transaction balanced, per-creditor balances adding up to the database's own totals, no
   * creditor overdrawn.
   */
  void verifyLedger() throws SQLException {
    List<LedgerLine> lines = new ArrayList<>();
    Map<UUID, UUID> reversals = new HashMap<>();
    List<AccountBalance> totals = new ArrayList<>();
    try (Connection connection = database.connect();
        var statement = connection.createStatement()) {
      statement.setFetchSize(50_000);
      try (var rows = statement.executeQuery("select e.transaction_id, t.creditor_id, e.account,"
          + " e.side, e.amount, e.currency from ledger_entry e"
          + " join ledger_transaction t on t.id = e.transaction_id order by e.id")) {
        while (rows.next()) {
          lines.add(new LedgerLine(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
              LedgerAccount.valueOf(rows.getString(3)), Side.ofCode(rows.getString(4)),
              Money.of(rows.getBigDecimal(5), Currency.getInstance(rows.getString(6).strip()))));
        }
      }
      try (var rows = statement.executeQuery("select id, reverses_id from ledger_transaction"
          + " where reverses_id is not null")) {
        while (rows.next()) {
          reversals.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
        }
      }
      try (var rows = statement.executeQuery("select account, currency,"
          + " coalesce(sum(amount) filter (where side = 'D'), 0),"
          + " coalesce(sum(amount) filter (where side = 'C'), 0)"
          + " from ledger_entry group by account, currency")) {
        while (rows.next()) {
          LedgerAccount account = LedgerAccount.valueOf(rows.getString(1));
          Currency currency = Currency.getInstance(rows.getString(2).strip());
          Money debits = Money.of(rows.getBigDecimal(3), currency);
          Money credits = Money.of(rows.getBigDecimal(4), currency);
          Money balance = account.normalSide() == Side.DEBIT ? debits.minus(credits)
              : credits.minus(debits);
          totals.add(new AccountBalance(null, account, currency.getCurrencyCode(), debits,
              credits, balance));
        }
      }
    }
    var report = LedgerVerification.check(lines, totals, reversals);
    System.out.printf("Ledger verification: %s (%,d transactions, %,d entries)%n",
        report.balanced() ? "balanced" : "PROBLEMS", report.transactions(), report.entries());
    report.problems().stream().limit(20).forEach(p -> System.out.println("  " + p));
    if (!report.balanced()) {
      throw new IllegalStateException("The generated ledger does not verify");
    }
  }
}
