package io.recova.agency.casefile;

/**
 * A postal address as a letter needs it.
 *
 * @param countryCode ISO 3166-1 alpha-2, "FR" when absent
 */
public record PostalAddress(
    String line1, String line2, String postalCode, String city, String countryCode) {}
