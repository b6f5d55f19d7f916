/**
 * The agency's fee invoices to its creditor clients (factures d'honoraires): one per creditor and
 * approved remittance run, issued in the approval's transaction and covering every fee and its
 * VAT charged to the creditor that no earlier invoice covered (fees on payments collected or paid
 * to the creditor directly, file fees, certificate fees), a fee reversed with its payment after it
 * was invoiced being credited on the next one. Numbered FA-year-sequence without gaps, invoices
 * and credit notes in one series; frozen as PDFs (French original, English) with their SHA-256;
 * never changed (a database trigger refuses it). The mentions follow C. com. L441-9 and L441-10
 * and CGI 242 nonies A.
 */
package io.recova.agency.invoice;
