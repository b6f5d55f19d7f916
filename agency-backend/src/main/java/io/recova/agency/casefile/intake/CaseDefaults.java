package io.recova.agency.casefile.intake;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.casefile.DebtorKind;
import java.util.Collection;
import java.util.Objects;

/**
 * What a file may leave out because it follows from the rest. Creditors' exports rarely say
 * whether the customer is a company or a consumer, but a SIREN does, and so does a B2B claim.
 */
final class CaseDefaults {

  private CaseDefaults() {}

  /**
   * The debtor's kind when the file does not give it: a company when it has a SIREN/SIRET or when
   * one of its claims is B2B, otherwise a person.
   */
  static DebtorKind kind(DebtorKind given, String registrationNumber,
      Collection<ClaimNature> natures) {
    if (given != null) {
      return given;
    }
    boolean registered = registrationNumber != null && !registrationNumber.isBlank();
    return registered || natures.stream().filter(Objects::nonNull).anyMatch(ClaimNature.B2B::equals)
        ? DebtorKind.COMPANY
        : DebtorKind.PERSON;
  }

  /**
   * A claim's nature when the file does not give it: B2B against a company, B2C against a person.
   * A claim between private persons (CIVIL) is rare for a collection agency's clients, who are
   * businesses, so it must be stated.
   */
  static ClaimNature nature(ClaimNature given, DebtorKind kind) {
    if (given != null) {
      return given;
    }
    return kind == DebtorKind.COMPANY ? ClaimNature.B2B : ClaimNature.B2C;
  }
}
