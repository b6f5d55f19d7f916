/**
 * Payment plans (échéanciers): a balance split into dated installments, signed by the debtor,
 * tracked against the payments received, and put back to work when the debtor falls behind.
 */
package io.recova.agency.plan;
