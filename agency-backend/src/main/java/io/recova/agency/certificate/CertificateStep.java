package io.recova.agency.certificate;

import java.time.LocalDate;

/**
 * A step taken to recover the claim, as the certificate lists it: the formal notice, a
 * proceeding opened, each judicial step.
 *
 * @param kind {@code FORMAL_NOTICE}, {@code PROCEEDING:<route>} or a judicial step kind; the
 *     printer words it in the certificate's language
 * @param detail what else is known (the court, a note), or null
 */
public record CertificateStep(LocalDate date, String kind, String detail) {}
