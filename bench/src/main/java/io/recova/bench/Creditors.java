package io.recova.bench;

import io.recova.agency.mandate.FeeRate;
import io.recova.agency.mandate.FeeSchedule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

/**
 * The generated creditor clients and their mandates, with skewed portfolio sizes: the largest
 * holds 30 % of all cases (the issue's "one creditor with 30 %"), the others share the rest by a
 * Zipf-like law, as agencies' client books are.
 */
final class Creditors {

  /** Generated creditors' e-mail domain: marks a database as already holding a data set. */
  static final String MARKER_DOMAIN = "bench.recova.example";

  static final String BIC = "BNPAFRPPXXX";

  /** One creditor of the data set. */
  record Creditor(int index, UUID id, String name, String iban, BigDecimal amicablePercent,
      BigDecimal judicialPercent, int cases) {

    FeeSchedule schedule() {
      return FeeSchedule.flat(FeeRate.ofPercent(amicablePercent),
          FeeRate.ofPercent(judicialPercent));
    }
  }

  private Creditors() {}

  /** Portfolio sizes: 30 % to the first, the rest by weight 1 / rank^0.9, every one at least 1. */
  static int[] sizes(int cases, int count) {
    int[] sizes = new int[count];
    sizes[0] = count == 1 ? cases : (int) Math.round(cases * 0.30);
    int rest = cases - sizes[0];
    // Portfolio weights (case counts, not money).
    double weightSum = 0;
    for (int i = 1; i < count; i++) {
      weightSum += 1 / Math.pow(i, 0.9);
    }
    int given = 0;
    for (int i = 1; i < count; i++) {
      sizes[i] = Math.max(1, (int) Math.floor(rest * (1 / Math.pow(i, 0.9)) / weightSum));
      given += sizes[i];
    }
    if (count > 1) {
      sizes[1] += rest - given;
    }
    return sizes;
  }

  static List<Creditor> create(Dice dice, int[] sizes, String namePrefix, LocalDate asOf,
      Tables tables) {
    List<Creditor> creditors = new ArrayList<>();
    java.util.Random ibanRandom = dice.javaRandom();
    for (int i = 0; i < sizes.length; i++) {
      creditors.add(create(dice, ibanRandom, i, namePrefix + Names.company(dice), sizes[i],
          asOf, tables));
    }
    return creditors;
  }

  static Creditor create(Dice dice, java.util.Random ibanRandom, int index, String name,
      int cases, LocalDate asOf, Tables tables) {
    UUID mandate = dice.uuid();
    UUID id = dice.uuid();
    String iban = new Iban.Builder(ibanRandom).countryCode(CountryCode.FR).buildRandom()
        .toString();
    BigDecimal amicable = BigDecimal.valueOf(dice.between(8, 18)).setScale(2);
    BigDecimal judicial = amicable.add(BigDecimal.valueOf(dice.between(2, 6)));
    LocalDate signed = asOf.minusYears(4).minusDays(dice.between(0, 365));
    // Monthly remittances for all: the benchmark's run for a month's end then pays every one.
    tables.mandate.row(mandate, amicable, judicial, "MONTHLY", iban, BIC, signed,
        BigDecimal.TEN.setScale(2));
    String[] town = dice.pick(Names.TOWN);
    tables.creditor.row(id, name, dice.siren(),
        dice.between(1, 200) + " " + dice.pick(Names.STREET) + ", " + town[0] + " " + town[1],
        "compta" + index + "@" + MARKER_DOMAIN, mandate,
        signed.atStartOfDay(Clock.ZONE).toInstant());
    return new Creditor(index, id, name, iban, amicable, judicial, cases);
  }

  /** When a date's business happened: a working hour of that day, in the agency's zone. */
  static final class Clock {
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Paris");

    private Clock() {}

    static Instant at(LocalDate day, Dice dice) {
      return day.atTime(9 + dice.between(0, 9), dice.between(0, 59), dice.between(0, 59))
          .atZone(ZONE).toInstant();
    }
  }
}
