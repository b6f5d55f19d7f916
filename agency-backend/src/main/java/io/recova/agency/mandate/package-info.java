/** Creditor clients and their collection mandates (CPCE R124-3): the fee schedule (rates per stage, marginal tiers, fixed fees, who keeps interest and the indemnity), remittance terms, the account funds are remitted to. */
package io.recova.agency.mandate;
