package io.recova.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Every random choice of the generator, from one seed: the same seed and the same options give
 * the same data set, identifiers included.
 */
final class Dice {

  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A random (version 4) UUID drawn from the seed, so that identifiers are reproducible too. */
  UUID uuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  int between(int fromInclusive, int toInclusive) {
    return random.nextInt(fromInclusive, toInclusive + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  double unit() {
    return random.nextDouble();
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * An amount in euros, log-normally spread like unpaid invoices are (many small ones, a long tail
   * of large ones), to the cent.
   *
   * @param sigma the spread of the amount's logarithm
   */
  BigDecimal amount(BigDecimal median, BigDecimal sigma, BigDecimal min, BigDecimal max) {
    BigDecimal value = median.multiply(logNormalFactor(sigma)).setScale(2, RoundingMode.HALF_UP);
    return value.max(min).min(max).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * e^(sigma x N(0, 1)): a dimensionless random factor, the generator's only floating point, as
   * {@code Math.exp} has no decimal form. It never holds money.
   */
  private BigDecimal logNormalFactor(BigDecimal sigma) {
    return BigDecimal.valueOf(Math.exp(random.nextGaussian() * sigma.doubleValue()));
  }

  String hex(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  String digits(int length) {
    StringBuilder s = new StringBuilder(length);
    s.append(random.nextInt(1, 10));
    for (int i = 1; i < length; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  /**
   * A SIREN as INSEE numbers them: eight digits and a Luhn check digit, so the application's own
   * validation (the import refuses a wrong one) accepts it.
   */
  String siren() {
    int[] digits = new int[9];
    digits[0] = random.nextInt(1, 10);
    for (int i = 1; i < 8; i++) {
      digits[i] = random.nextInt(10);
    }
    for (int check = 0; check < 10; check++) {
      digits[8] = check;
      if (luhn(digits) % 10 == 0) {
        break;
      }
    }
    StringBuilder s = new StringBuilder(9);
    for (int d : digits) {
      s.append(d);
    }
    return s.toString();
  }

  private static int luhn(int[] digits) {
    int sum = 0;
    for (int i = 0; i < digits.length; i++) {
      // From the right, every second digit is doubled: with nine digits, the even positions.
      int d = digits[digits.length - 1 - i];
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum;
  }

  /** For libraries that take a java.util.Random (iban4j), still from the seed. */
  java.util.Random javaRandom() {
    return new java.util.Random(random.nextLong());
  }
}
