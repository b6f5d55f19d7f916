/**
 * Disputes: the debtor contests the claim, the case is frozen, the creditor is asked through the
 * portal, and the resolution resumes the case or returns it to the creditor.
 */
package io.recova.agency.dispute;
