package io.recova.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code generate} builds a data set, {@code run} measures a running Recova on it.
 * See the README's Benchmarks section.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    String command = arguments.isEmpty() ? "help" : arguments.get(0);
    Options options = new Options(arguments.subList(Math.min(1, arguments.size()),
        arguments.size()));
    switch (command) {
      case "generate" -> new DataGenerator(options).run();
      case "verify" -> new DataGenerator(options).verifyLedger();
      case "run" -> new Harness(options).run();
      default -> {
        System.out.println("""
            Usage:
              generate [--cases 1000000] [--seed 42] [--creditors N] [--as-of YYYY-MM-DD]
                       [--statement-lines 10000] [--chunk 5000] [--no-verify]
              verify                         the ledger verification on the database
              run [--base-url http://localhost:8080] [--issuer http://localhost:8180/realms/recova]
                  [--samples 30] [--intake-cases 2000] [--load-seconds 30] [--connections 64]
                  [--statement-clients 2]
                  [--skip-remittance] [--only intake,portfolio,kpis,balance,remittance,load,heap]
            Database: --db-url/--db-user/--db-password or RECOVA_DB_URL/_USER/_PASSWORD
            (default jdbc:postgresql://localhost:5432/recova_bench, recova/recova).""");
        if (!command.equals("help")) {
          System.exit(2);
        }
      }
    }
  }
}
