package io.recova.agency.judicial;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which steps belong to which route, and which step must come before another. */
public final class StepRules {

  private static final Map<JudicialRoute, Set<JudicialStepKind>> ALLOWED =
      new EnumMap<>(JudicialRoute.class);
  private static final Map<JudicialStepKind, JudicialStepKind> AFTER =
      new EnumMap<>(JudicialStepKind.class);

  static {
    Set<JudicialStepKind> merits = EnumSet.of(JudicialStepKind.AMICABLE_ATTEMPT_FAILED,
        JudicialStepKind.SUMMONS_SERVED, JudicialStepKind.HEARING, JudicialStepKind.JUDGMENT,
        JudicialStepKind.JUDGMENT_SERVED);
    Set<JudicialStepKind> order = EnumSet.of(JudicialStepKind.PAYMENT_ORDER_FILED,
        JudicialStepKind.PAYMENT_ORDER_ISSUED, JudicialStepKind.PAYMENT_ORDER_SERVED,
        JudicialStepKind.OPPOSITION_FILED, JudicialStepKind.PAYMENT_ORDER_ENFORCEABLE,
        JudicialStepKind.HEARING, JudicialStepKind.JUDGMENT, JudicialStepKind.JUDGMENT_SERVED);
    ALLOWED.put(JudicialRoute.PAYMENT_ORDER, order);
    ALLOWED.put(JudicialRoute.SMALL_CLAIMS, EnumSet.of(JudicialStepKind.SMALL_CLAIMS_PROPOSED,
        JudicialStepKind.SMALL_CLAIMS_REFUSED));
    ALLOWED.put(JudicialRoute.SUMMONS, merits);
    ALLOWED.put(JudicialRoute.SUMMARY_INTERIM_PAYMENT, merits);
    ALLOWED.put(JudicialRoute.BANK_ATTACHMENT, EnumSet.of(JudicialStepKind.BANK_ATTACHMENT,
        JudicialStepKind.ATTACHMENT_NOTIFIED));
    ALLOWED.put(JudicialRoute.PROTECTIVE_ATTACHMENT, EnumSet.of(
        JudicialStepKind.PROTECTIVE_ATTACHMENT, JudicialStepKind.SUMMONS_SERVED,
        JudicialStepKind.PAYMENT_ORDER_FILED));

    AFTER.put(JudicialStepKind.PAYMENT_ORDER_ISSUED, JudicialStepKind.PAYMENT_ORDER_FILED);
    AFTER.put(JudicialStepKind.PAYMENT_ORDER_SERVED, JudicialStepKind.PAYMENT_ORDER_ISSUED);
    AFTER.put(JudicialStepKind.OPPOSITION_FILED, JudicialStepKind.PAYMENT_ORDER_SERVED);
    AFTER.put(JudicialStepKind.PAYMENT_ORDER_ENFORCEABLE, JudicialStepKind.PAYMENT_ORDER_SERVED);
    AFTER.put(JudicialStepKind.SMALL_CLAIMS_REFUSED, JudicialStepKind.SMALL_CLAIMS_PROPOSED);
    AFTER.put(JudicialStepKind.JUDGMENT_SERVED, JudicialStepKind.JUDGMENT);
    AFTER.put(JudicialStepKind.ATTACHMENT_NOTIFIED, JudicialStepKind.BANK_ATTACHMENT);
  }

  private StepRules() {}

  static boolean allowed(JudicialRoute route, JudicialStepKind kind) {
    return ALLOWED.get(route).contains(kind);
  }

  public static Set<JudicialStepKind> allowedOn(JudicialRoute route) {
    return EnumSet.copyOf(ALLOWED.get(route));
  }

  /** The step that must be on the proceeding before this one, if any. */
  static Optional<JudicialStepKind> after(JudicialStepKind kind) {
    return Optional.ofNullable(AFTER.get(kind));
  }
}
