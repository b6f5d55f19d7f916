package io.recova.agency.judicial;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.ClaimNature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggests the judicial route from the amount and the nature of the claim (DOMAIN.md section 4):
 * with a title, attach; a contested claim goes to the merits; an uncontested one up to 5,000 EUR
 * to the small-claims procedure, which costs least and whose failure lifts the CPC 750-1
 * requirement; any other to an order for payment, which has no cap, needs no lawyer and is exempt
 * from CPC 750-1. Only a suggestion: the collector chooses.
 */
public final class RouteAdvisor {

  /** The small-claims cap, interest included (L125-1, R125-1). */
  static final BigDecimal SMALL_CLAIMS_CAP_EUR = new BigDecimal("5000");
  /** Below or at this amount the judicial court needs a prior amicable attempt (CPC 750-1). */
  static final BigDecimal PRIOR_ATTEMPT_CAP_EUR = new BigDecimal("5000");
  /** Above this amount a summons before the judicial court needs a lawyer (R4.4). */
  static final BigDecimal LAWYER_THRESHOLD_EUR = new BigDecimal("10000");

  private RouteAdvisor() {}

  public static RouteSuggestion suggest(RouteFacts facts) {
    Forum court = facts.nature() == ClaimNature.B2B ? Forum.COMMERCIAL_COURT
        : Forum.JUDICIAL_COURT;
    List<Precondition> needs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (facts.enforceableTitle()) {
      notes.add("Notify the debtor within 8 days of the attachment (R211-3); the debtor may"
          + " challenge it within a month of the notice (R211-11)");
      return new RouteSuggestion(JudicialRoute.BANK_ATTACHMENT, Forum.COMMISSAIRE_DE_JUSTICE,
          "title.held", "The creditor holds an enforceable title: a commissaire de justice can"
              + " attach the debtor's bank accounts (L211-1)", List.of(), List.copyOf(notes));
    }
    needs.add(formalNotice(facts));
    if (facts.contested()) {
      if (court == Forum.JUDICIAL_COURT && atMost(facts.amountDue(), PRIOR_ATTEMPT_CAP_EUR)) {
        needs.add(new Precondition("amicableAttempt", facts.amicableAttemptOnFile(),
            "Before the judicial court, a claim up to 5,000 EUR needs a prior conciliation,"
                + " mediation or participative procedure, or a failed small-claims procedure"
                + " (CPC 750-1)"));
      }
      if (court == Forum.JUDICIAL_COURT && !atMost(facts.amountDue(), LAWYER_THRESHOLD_EUR)) {
        notes.add("Above 10,000 EUR a lawyer must represent the creditor before the judicial"
            + " court");
      }
      return new RouteSuggestion(JudicialRoute.SUMMONS, court, "claim.contested",
          "The debtor contests the claim: an order for payment would meet opposition, so the"
              + " merits must be argued (summons)", List.copyOf(needs), List.copyOf(notes));
    }
    if (atMost(facts.amountDue(), SMALL_CLAIMS_CAP_EUR) && !facts.smallClaimsFailed()) {
      notes.add("The debtor has a month to accept; silence is a refusal, after which an order"
          + " for payment can follow");
      return new RouteSuggestion(JudicialRoute.SMALL_CLAIMS, Forum.COMMISSAIRE_DE_JUSTICE,
          "amount.small", "Up to 5,000 EUR, interest included, and not contested: the"
              + " small-claims procedure by a commissaire de justice gives an enforceable title"
              + " on the debtor's agreement, without a court (L125-1)", List.copyOf(needs),
          List.copyOf(notes));
    }
    notes.add("Serve the order within 6 months (CPC 1411); the debtor may oppose within a month"
        + " of service (CPC 1416)");
    String reasonCode = facts.smallClaimsFailed() ? "smallClaims.failed" : "amount.fixed";
    String reason = facts.smallClaimsFailed()
        ? "The small-claims procedure failed: an order for payment is the next step (CPC 1405)"
        : "A fixed, uncontested amount above 5,000 EUR: an order for payment has no cap, needs"
            + " no lawyer and is exempt from CPC 750-1 (CPC 1405)";
    return new RouteSuggestion(JudicialRoute.PAYMENT_ORDER, court, reasonCode, reason,
        List.copyOf(needs), List.copyOf(notes));
  }

  private static Precondition formalNotice(RouteFacts facts) {
    return new Precondition("formalNotice", facts.formalNoticeOnFile(),
        "A formal notice on file: interest runs from it and a court expects it (C. civ. 1344)");
  }

  /**
   * Whether the amount is at most the cap in euros. A claim in another currency is taken as
   * above every cap: the caps are in euros, and converting is the collector's call.
   */
  private static boolean atMost(Money amount, BigDecimal capEur) {
    return "EUR".equals(amount.currency().getCurrencyCode())
        && amount.amount().compareTo(capEur) <= 0;
  }
}
