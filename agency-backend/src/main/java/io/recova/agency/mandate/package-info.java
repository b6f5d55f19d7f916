/** Creditor clients and their collection mandates (CPCE R124-3): fee rates, remittance terms, the account funds are remitted to. */
package io.recova.agency.mandate;
