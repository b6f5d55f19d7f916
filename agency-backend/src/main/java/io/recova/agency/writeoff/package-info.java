/**
 * Closing a case as irrecoverable (a write-off): agency staff ask with a reason and evidence
 * already on the case, a manager approves or refuses; approval closes the case through the
 * lifecycle and issues its certificate ({@link io.recova.agency.certificate}) in one transaction.
 */
package io.recova.agency.writeoff;
