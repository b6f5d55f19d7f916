/**
 * Payments on a case: received on the agency's third-party account (bank transfer, card, cheque,
 * cash) or made directly to the creditor and declared; each one written to the trust ledger,
 * put on the case's timeline (reported to the creditor, CPCE R124-5) and audited. A reversal
 * (bounced cheque, chargeback) is a row of its own and a compensating ledger transaction: nothing
 * is edited or deleted. {@link io.recova.agency.payment.CasePayments} is how the rest of Recova
 * (valuation, payment plans, settlements, promises) reads them, net of reversals.
 *
 * <p>Concurrency: posts and reversals on one case are serialised by a write lock on the case row
 * (as every change to a case is), so two collectors posting at the same moment both succeed, one
 * after the other, and nothing is lost; a retried post finds the first by its idempotency key
 * once the lock is its own. A unique key on (case, idempotency key) is the backstop: a race that
 * slipped through answers 409 and the client retries.
 */
package io.recova.agency.payment;
