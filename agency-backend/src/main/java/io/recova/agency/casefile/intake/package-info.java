/**
 * Reading a creditor's file of unpaid invoices (CSV exported from Excel or an ERP, or JSON) into
 * {@link io.recova.agency.casefile.NewCase} commands, with a report that accounts for every row.
 */
package io.recova.agency.casefile.intake;
