package io.recova.agency.letter;

import io.recova.agency.organisation.AgencyIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything a collection letter prints, composed from the case on the letter's date. Rendering
 * adds the fixed texts: the activity statement, the verbatim L111-8 paragraphs and the GDPR
 * information (D7).
 *
 * @param language French, or English for a debtor abroad
 * @param reference the letter's own reference, repeated by later contacts (R3.4)
 * @param caseReference the agency's reference of the case, to quote with a payment
 * @param payBy the date by which the debtor is asked to pay
 * @param firstLetterReference reference of the first letter on the case when this one is a later
 *     contact, null for the first
 * @param firstLetterDate date of that first letter, null for the first
 * @param collectorName the collector who signs, or null for the agency's name alone
 */
public record LetterContent(
    LetterKind kind,
    Locale language,
    String reference,
    LocalDate date,
    AgencyIdentity agency,
    LetterParty creditor,
    LetterParty debtor,
    String caseReference,
    List<LetterClaimLine> claims,
    LetterTotals totals,
    LocalDate payBy,
    String firstLetterReference,
    LocalDate firstLetterDate,
    String collectorName) {

  public LetterContent {
    claims = List.copyOf(claims);
  }
}
