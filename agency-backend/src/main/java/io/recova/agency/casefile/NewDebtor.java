package io.recova.agency.casefile;

/**
 * The debtor of a case as a creditor submits it.
 *
 * @param registrationNumber SIREN (9 digits) or SIRET (14 digits) of a company, optional
 * @param address the postal address, optional but needed for letters
 */
public record NewDebtor(
    DebtorKind kind,
    String name,
    String registrationNumber,
    PostalAddress address,
    String email,
    String phone) {}
