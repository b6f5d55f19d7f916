package io.recova.reports.letter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterKind;
import io.recova.agency.letter.LetterParty;
import io.recova.agency.organisation.AgencyIdentity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CollectionLetterChecksTest {

  private static final CollectionLetterReport REPORT = new CollectionLetterReport();
  private static final LetterContent LETTER =
      LetterSamples.later(LetterKind.FORMAL_NOTICE, Locale.FRENCH);

  @Test
  void refusesALetterWithoutClaims() {
    assertThatThrownBy(
            () ->
                REPORT.render(
                    copy(
                        LETTER.agency(),
                        LETTER.creditor(),
                        List.of(),
                        LETTER.firstLetterReference())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one claim");
  }

  @Test
  void refusesAFirstLetterReferenceWithoutItsDate() {
    LetterContent letter =
        new LetterContent(
            LETTER.kind(),
            LETTER.language(),
            LETTER.reference(),
            LETTER.date(),
            LETTER.agency(),
            LETTER.creditor(),
            LETTER.debtor(),
            LETTER.caseReference(),
            LETTER.claims(),
            LETTER.totals(),
            LETTER.payBy(),
            "LTR-2026-000098",
            null,
            LETTER.collectorName());
    assertThatThrownBy(() -> REPORT.render(letter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first letter's reference and its date");
  }

  @Test
  void refusesACreditorWithoutAddress() {
    LetterParty nowhere = new LetterParty("Boulangerie L'Épi d'Or", List.of());
    assertThatThrownBy(
            () ->
                REPORT.render(
                    copy(LETTER.agency(), nowhere, LETTER.claims(), LETTER.firstLetterReference())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("creditor's address");
  }

  @Test
  void refusesAnAgencyWithoutThirdPartyFundsAccount() {
    AgencyIdentity agency = LETTER.agency();
    AgencyIdentity withoutAccount =
        new AgencyIdentity(
            agency.name(),
            agency.address(),
            agency.registrationNumber(),
            agency.email(),
            agency.phone(),
            " ",
            agency.privacyContact());
    assertThatThrownBy(
            () ->
                REPORT.render(
                    copy(
                        withoutAccount,
                        LETTER.creditor(),
                        LETTER.claims(),
                        LETTER.firstLetterReference())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("third-party funds account");
  }

  @Test
  void refusesAnInvalidThirdPartyFundsAccount() {
    AgencyIdentity agency = LETTER.agency();
    AgencyIdentity mistyped =
        new AgencyIdentity(
            agency.name(),
            agency.address(),
            agency.registrationNumber(),
            agency.email(),
            agency.phone(),
            "FR7630004000031234567890144",
            agency.privacyContact());
    // Debtors would pay into nowhere: no letter rather than a wrong account.
    assertThatThrownBy(
            () ->
                REPORT.render(
                    copy(
                        mistyped,
                        LETTER.creditor(),
                        LETTER.claims(),
                        LETTER.firstLetterReference())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNoLetter() {
    assertThatThrownBy(() -> REPORT.render(null)).isInstanceOf(NullPointerException.class);
  }

  private static LetterContent copy(
      AgencyIdentity agency,
      LetterParty creditor,
      List<io.recova.agency.letter.LetterClaimLine> claims,
      String firstLetterReference) {
    return new LetterContent(
        LETTER.kind(),
        LETTER.language(),
        LETTER.reference(),
        LETTER.date(),
        agency,
        creditor,
        LETTER.debtor(),
        LETTER.caseReference(),
        claims,
        LETTER.totals(),
        LETTER.payBy(),
        firstLetterReference,
        LETTER.firstLetterDate(),
        LETTER.collectorName());
  }
}
