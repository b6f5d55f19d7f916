package io.recova.agency.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the agency's identity from configuration ({@code RECOVA_AGENCY_*}). */
@ApplicationScoped
public class AgencyIdentityProducer {

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_NAME", defaultValue = "Recova Recouvrement SAS")
  String name;

  @Inject
  @ConfigProperty(
      name = "RECOVA_AGENCY_ADDRESS",
      defaultValue = "12 rue de la Bourse, 69002 Lyon, France")
  String address;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_SIREN", defaultValue = "552100554")
  String registrationNumber;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_EMAIL", defaultValue = "contact@recova.example")
  String email;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_PHONE", defaultValue = "+33 4 72 00 00 00")
  String phone;

  @Inject
  @ConfigProperty(
      name = "RECOVA_AGENCY_TRUST_IBAN",
      defaultValue = "FR76 3000 4000 3123 4567 8901 429")
  String trustAccountIban;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_PRIVACY_CONTACT", defaultValue = "dpo@recova.example")
  String privacyContact;

  // Dependent: a record is final and cannot carry a normal-scope proxy.
  @Produces
  AgencyIdentity agencyIdentity() {
    return new AgencyIdentity(name, address, registrationNumber, email, phone, trustAccountIban,
        privacyContact);
  }
}
