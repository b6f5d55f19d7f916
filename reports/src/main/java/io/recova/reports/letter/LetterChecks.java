package io.recova.reports.letter;

import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterParty;
import io.recova.agency.organisation.AgencyIdentity;
import java.util.Objects;

/**
 * Refuses a letter that would go out without a mention R124-4 requires (omitting one is an offence,
 * R124-7) or without what the debtor needs to pay: better no letter than a defective one.
 */
final class LetterChecks {

  private LetterChecks() {}

  static void requirePrintable(LetterContent letter) {
    Objects.requireNonNull(letter, "letter");
    require(letter.kind() != null, "the letter's kind");
    requireText(letter.reference(), "the letter's reference");
    require(letter.date() != null, "the letter's date");
    require(letter.payBy() != null, "the date to pay by");
    requireText(letter.caseReference(), "the case reference");
    require(!letter.claims().isEmpty(), "at least one claim");
    require(letter.totals() != null, "the totals");
    requireParty(letter.creditor(), "creditor");
    requireParty(letter.debtor(), "debtor");
    requireAgency(letter.agency());
    // R3.4: a later contact repeats the first letter's reference and its date, never one alone.
    require(
        (letter.firstLetterReference() == null) == (letter.firstLetterDate() == null),
        "both the first letter's reference and its date, or neither");
  }

  private static void requireAgency(AgencyIdentity agency) {
    require(agency != null, "the agency");
    requireText(agency.name(), "the agency's name");
    requireText(agency.address(), "the agency's address");
    requireText(agency.registrationNumber(), "the agency's registration number");
    requireText(agency.email(), "the agency's e-mail");
    requireText(agency.phone(), "the agency's phone");
    requireText(agency.trustAccountIban(), "the agency's third-party funds account");
    requireText(agency.privacyContact(), "the agency's data-protection contact");
  }

  private static void requireParty(LetterParty party, String role) {
    require(party != null, "the " + role);
    requireText(party.name(), "the " + role + "'s name");
    require(
        party.addressLines().stream().anyMatch(line -> line != null && !line.isBlank()),
        "the " + role + "'s address");
  }

  private static void requireText(String text, String what) {
    require(text != null && !text.isBlank(), what);
  }

  private static void require(boolean present, String what) {
    if (!present) {
      throw new IllegalArgumentException("A collection letter needs " + what);
    }
  }
}
