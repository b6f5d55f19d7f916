/** Money and bank identifiers: IBAN, BIC; later the trust ledger, payments and remittances. */
package io.recova.agency.money;
