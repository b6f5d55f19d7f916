/**
 * Irrecoverability certificates (certificats d'irrécouvrabilité, DOMAIN §5): issued when a
 * manager approves closing a case as irrecoverable, numbered CI-year-sequence without gaps,
 * frozen as a PDF with its SHA-256, the mandate's certificate fee charged to the creditor in the
 * trust ledger; never altered, only cancelled and replaced with a trace. They carry what the
 * creditor's accountant needs to write the claim off and recover the VAT (CGI 272).
 */
package io.recova.agency.certificate;
