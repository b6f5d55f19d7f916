/** The creditor's remittances in the portal: what it was paid, when, and why. */
package io.recova.portal.remittance;
