package io.recova.reports.mandate;

import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.mandate.MandateTerms;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.organisation.AgencyIdentity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A creditor and an agency as they would come out of the backend. */
final class Samples {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final LocalDate PRINTED_ON = LocalDate.of(2026, 11, 22);
  static final UUID CREDITOR_ID = UUID.fromString("3f6c2a9e-8d41-4b7a-9c0e-5a1f2b3c4d5e");

  private Samples() {}

  static AgencyIdentity agency() {
    return new AgencyIdentity(
        "Recova Recouvrement SAS",
        "12 rue de la Bourse, 69002 Lyon, France",
        "552100554",
        "contact@recova.example",
        "+33 4 72 00 00 00",
        "FR76 3000 4000 3123 4567 8901 429",
        "dpo@recova.example");
  }

  static CreditorClientView creditor() {
    return creditor("Boulangerie L'Épi d'Or", "AGRIFRPP882");
  }

  static CreditorClientView creditor(String name, String bic) {
    return creditor(name, bic, "compta@epidor.example");
  }

  static CreditorClientView creditor(String name, String bic, String contactEmail) {
    return new CreditorClientView(
        CREDITOR_ID,
        name,
        "732829320",
        "4 place des Terreaux, 69001 Lyon, France",
        contactEmail,
        new MandateTerms(
            new BigDecimal("12.50"),
            new BigDecimal("18.00"),
            RemittanceFrequency.MONTHLY,
            "FR7630006000011234567890189",
            bic,
            LocalDate.of(2026, 3, 9)),
        // 00:30 in Paris on 10 March, still 9 March in UTC.
        Instant.parse("2026-03-09T23:30:00Z"));
  }
}
