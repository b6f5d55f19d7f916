/**
 * The agency's fees on what it collects, from the mandate's fee schedule (CPCE R124-3 3°): the
 * contingency fee by stage and tier, the fixed fee per file, the certificate fee, the accessories
 * the agency keeps, and VAT on them from reference data (DOMAIN D6). Pure rules; the posting of
 * payments and the ledger call {@link io.recova.agency.fee.FeeCalculator}.
 */
package io.recova.agency.fee;
