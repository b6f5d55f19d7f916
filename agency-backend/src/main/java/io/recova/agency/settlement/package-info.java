/**
 * Settlements (transactions, remises): a discount on the balance due that a collector grants
 * within the mandate's authority, or that a manager or the creditor approves above it; tracked
 * against the payments until it is paid (the case closes as settled) or lapses.
 */
package io.recova.agency.settlement;
