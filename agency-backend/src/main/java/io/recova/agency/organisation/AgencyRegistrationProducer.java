package io.recova.agency.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the agency's registration from configuration ({@code RECOVA_AGENCY_*}). The VAT number,
 * when not configured, is derived from the SIREN ({@link VatNumber#of}): a French company's
 * number is fixed by its SIREN, so the default can never disagree with it.
 */
@ApplicationScoped
public class AgencyRegistrationProducer {

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_LEGAL_FORM", defaultValue = "SAS")
  String legalForm;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_SHARE_CAPITAL", defaultValue = "10 000 EUR")
  String shareCapital;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_SIREN", defaultValue = "552100554")
  String siren;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_SIRET", defaultValue = "55210055400005")
  String siret;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_RCS_CITY", defaultValue = "Lyon")
  String rcsCity;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_VAT_NUMBER")
  Optional<String> vatNumber;

  // Dependent: a record is final and cannot carry a normal-scope proxy.
  @Produces
  AgencyRegistration agencyRegistration() {
    Siren parsed = Siren.parse(siren);
    String vat = vatNumber.filter(v -> !v.isBlank())
        .map(v -> VatNumber.parse(v).value())
        .orElse(VatNumber.of(parsed).value());
    return of(legalForm, shareCapital, parsed, Siret.parse(siret).value(), rcsCity, vat);
  }

  /** The registration as printed: the RCS entry is the registry's city and the SIREN. */
  static AgencyRegistration of(String legalForm, String shareCapital, Siren siren, String siret,
      String rcsCity, String vatNumber) {
    String s = siren.value();
    return new AgencyRegistration(legalForm, shareCapital, siret,
        "RCS " + rcsCity + " " + s.substring(0, 3) + " " + s.substring(3, 6) + " "
            + s.substring(6), vatNumber);
  }
}
