/**
 * Costs the agency advances on a case (court fees, commissaires de justice, lawyers) and who
 * finally bears each: the debtor when a title puts it on the debtor, otherwise the creditor or the
 * agency as the mandate says (C. pr. exéc. L111-8; CPC 695-700; DOMAIN.md R3.8, R4.8).
 */
package io.recova.agency.cost;
