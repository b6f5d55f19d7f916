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
    Forum court = courtFor(facts.nature());
    List<String> notes = new ArrayList<>();
    if (facts.enforceableTitle()) {
      notes.add("Notify the debtor within 8 days of the attachment (R211-3); the debtor may"
          + " challenge it within a month of the notice (R211-11)");
      return suggestion(JudicialRoute.BANK_ATTACHMENT, Forum.COMMISSAIRE_DE_JUSTICE, facts,
          "title.held", "The creditor holds an enforceable title: a commissaire de justice can"
              + " attach the debtor's bank accounts (L211-1)", notes);
    }
    if (facts.contested()) {
      if (court == Forum.JUDICIAL_COURT && !atMost(facts.amountDue(), LAWYER_THRESHOLD_EUR)) {
        notes.add("Above 10,000 EUR a lawyer must represent the creditor before the judicial"
            + " court");
      }
      return suggestion(JudicialRoute.SUMMONS, court, facts, "claim.contested",
          "The debtor contests the claim: an order for payment would meet opposition, so the"
              + " merits must be argued (summons)", notes);
    }
    if (atMost(facts.amountDue(), SMALL_CLAIMS_CAP_EUR) && !facts.smallClaimsFailed()) {
      notes.add("The debtor has a month to accept; silence is a refusal, after which an order"
          + " for payment can follow");
      return suggestion(JudicialRoute.SMALL_CLAIMS, Forum.COMMISSAIRE_DE_JUSTICE, facts,
          "amount.small", "Up to 5,000 EUR, interest included, and not contested: the"
              + " small-claims procedure by a commissaire de justice gives an enforceable title"
              + " on the debtor's agreement, without a court (L125-1)", notes);
    }
    notes.add("Serve the order within 6 months (CPC 1411); the debtor may oppose within a month"
        + " of service (CPC 1416)");
    return facts.smallClaimsFailed()
        ? suggestion(JudicialRoute.PAYMENT_ORDER, court, facts, "smallClaims.failed",
            "The small-claims procedure failed: an order for payment is the next step"
                + " (CPC 1405)", notes)
        : suggestion(JudicialRoute.PAYMENT_ORDER, court, facts, "amount.fixed",
            "A fixed, uncontested amount above 5,000 EUR: an order for payment has no cap, needs"
                + " no lawyer and is exempt from CPC 750-1 (CPC 1405)", notes);
  }

  /** The court of the claim's nature: between merchants the commercial court (L721-3). */
  public static Forum courtFor(ClaimNature nature) {
    return nature == ClaimNature.B2B ? Forum.COMMERCIAL_COURT : Forum.JUDICIAL_COURT;
  }

  /**
   * What Recova can check before a route is taken there: the formal notice before any court,
   * the small-claims cap, the CPC 750-1 attempt before the judicial court up to 5,000 EUR, the
   * title before an attachment. A protective attachment needs a judge's leave, which Recova
   * cannot check.
   */
  public static List<Precondition> preconditions(JudicialRoute route, Forum forum,
      RouteFacts facts) {
    List<Precondition> needs = new ArrayList<>();
    switch (route) {
      case BANK_ATTACHMENT -> needs.add(new Precondition("title", facts.enforceableTitle(),
          "An enforceable title on file: a judgment, or an order for payment not opposed"
              + " (L111-2, L211-1)"));
      case PROTECTIVE_ATTACHMENT -> { }
      case SMALL_CLAIMS -> {
        needs.add(formalNotice(facts));
        needs.add(new Precondition("smallClaimsCap",
            atMost(facts.amountDue(), SMALL_CLAIMS_CAP_EUR),
            "At most 5,000 EUR, interest included (R125-1)"));
      }
      case PAYMENT_ORDER -> needs.add(formalNotice(facts));
      case SUMMONS, SUMMARY_INTERIM_PAYMENT -> {
        needs.add(formalNotice(facts));
        if (forum == Forum.JUDICIAL_COURT && atMost(facts.amountDue(), PRIOR_ATTEMPT_CAP_EUR)) {
          needs.add(new Precondition("amicableAttempt", facts.amicableAttemptOnFile(),
              "Before the judicial court, a claim up to 5,000 EUR needs a prior conciliation,"
                  + " mediation or participative procedure, or a failed small-claims procedure"
                  + " (CPC 750-1)"));
        }
      }
    }
    return List.copyOf(needs);
  }

  private static RouteSuggestion suggestion(JudicialRoute route, Forum forum, RouteFacts facts,
      String reasonCode, String reason, List<String> notes) {
    return new RouteSuggestion(route, forum, reasonCode, reason,
        preconditions(route, forum, facts), List.copyOf(notes));
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
