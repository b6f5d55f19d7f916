/**
 * Money and bank identifiers: IBAN, BIC. Payments are in {@code io.recova.agency.payment}, the
 * trust ledger in {@code io.recova.agency.ledger}.
 */
package io.recova.agency.money;
