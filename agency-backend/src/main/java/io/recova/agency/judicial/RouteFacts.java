package io.recova.agency.judicial;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.ClaimNature;

/**
 * What the route suggestion reads from a case.
 *
 * @param amountDue the balance due today, interest included (the small-claims cap counts it)
 * @param nature the case's claims' nature; B2B goes to the commercial court
 * @param contested whether the debtor disputes the claim on its merits
 * @param formalNoticeOnFile whether a formal notice was sent (Recova's precondition to any court)
 * @param enforceableTitle whether the creditor holds a title (a judgment served, an order that
 *     became enforceable)
 * @param amicableAttemptOnFile a conciliation, mediation, participative procedure or failed
 *     small-claims procedure on file (CPC 750-1)
 * @param smallClaimsFailed a small-claims procedure was tried and the debtor refused or kept silent
 */
public record RouteFacts(Money amountDue, ClaimNature nature, boolean contested,
    boolean formalNoticeOnFile, boolean enforceableTitle, boolean amicableAttemptOnFile,
    boolean smallClaimsFailed) {}
