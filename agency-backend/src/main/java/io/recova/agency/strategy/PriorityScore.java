package io.recova.agency.strategy;

import io.recova.agency.casefile.DebtorProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How urgent a case is in the work queue, as points with the reasons that gave them, so that a
 * collector sees why a case comes first: the amount (by order of magnitude), the days past due,
 * the debtor's profile, its promise history and how near the limitation date is.
 */
public final class PriorityScore {

  private PriorityScore() {}

  /** What the score reads of a case. */
  public record Facts(BigDecimal amountDue, long daysPastDue, DebtorProfile profile,
      int brokenPromises, int keptPromises, long daysToLimitation) {}

  /** One reason and the points it adds (or takes away). */
  public record Reason(String code, int points, String text) {}

  /** The total and its reasons, largest first. */
  public record Score(int points, List<Reason> reasons) {}

  public static Score of(Facts f) {
    List<Reason> reasons = new ArrayList<>();
    int digits = f.amountDue().signum() <= 0 ? 0
        : f.amountDue().setScale(0, java.math.RoundingMode.DOWN).toPlainString().length();
    add(reasons, "amount", Math.min(40, digits * 8),
        "Amount due " + f.amountDue().toPlainString() + " (" + digits + " digits)");
    if (f.daysPastDue() > 0) {
      add(reasons, "age", (int) Math.min(20, f.daysPastDue() / 15),
          f.daysPastDue() + " days past due");
    }
    int profile = switch (f.profile()) {
      case NEGLIGENT -> 10;
      case GOOD_PAYER -> 5;
      case IN_DIFFICULTY -> -5;
      case UNREACHABLE -> -10;
      case INSOLVENT -> -20;
      case UNKNOWN -> 0;
    };
    add(reasons, "profile", profile, "Debtor profile " + f.profile());
    add(reasons, "brokenPromises", Math.min(20, 10 * f.brokenPromises()),
        f.brokenPromises() + " broken promise(s)");
    add(reasons, "keptPromises", -Math.min(10, 5 * f.keptPromises()),
        f.keptPromises() + " kept promise(s)");
    if (f.daysToLimitation() <= 90) {
      add(reasons, "limitation", 30, "Limitation in " + f.daysToLimitation() + " days");
    } else if (f.daysToLimitation() <= 180) {
      add(reasons, "limitation", 15, "Limitation in " + f.daysToLimitation() + " days");
    }
    reasons.sort((a, b) -> Integer.compare(Math.abs(b.points()), Math.abs(a.points())));
    return new Score(reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons));
  }

  private static void add(List<Reason> reasons, String code, int points, String text) {
    if (points != 0) {
      reasons.add(new Reason(code, points, text));
    }
  }
}
