package io.recova.agency.organisation;

/**
 * What the agency's invoices must say about it beyond its name and address: a company's legal
 * form and share capital (C. com. R123-237), its SIREN and the registry that keeps it (RCS,
 * C. com. R123-237 1°), the SIRET of the establishment invoicing, and its intra-Community VAT
 * number (CGI 242 nonies A I 2° and 3°; C. com. L441-9 I for the invoice itself).
 *
 * @param rcs the registry entry as printed, e.g. "RCS Lyon 552 100 554"
 */
public record AgencyRegistration(
    String legalForm,
    String shareCapital,
    String siret,
    String rcs,
    String vatNumber) {}
