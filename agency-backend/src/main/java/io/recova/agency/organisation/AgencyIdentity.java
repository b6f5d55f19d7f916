package io.recova.agency.organisation;

/**
 * The collection agency's own identity, printed on every document it issues (R124-4 1° requires
 * its name, address and activity on letters; invoices and certificates need it too).
 *
 * @param trustAccountIban the account that holds only creditors' funds (R124-2), where debtors pay
 * @param privacyContact where a debtor exercises its data-protection rights (GDPR art. 14)
 */
public record AgencyIdentity(
    String name,
    String address,
    String registrationNumber,
    String email,
    String phone,
    String trustAccountIban,
    String privacyContact) {

  /** The activity statement printed under the name. */
  public static final String ACTIVITY = "Recouvrement amiable de créances pour le compte d'autrui";
}
