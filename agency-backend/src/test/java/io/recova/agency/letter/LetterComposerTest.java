package io.recova.agency.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.casefile.ClaimView;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.valuation.CaseBalance;
import io.recova.agency.valuation.ClaimBalance;
import io.recova.agency.valuation.ClaimNature;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LetterComposerTest {

  static final AgencyIdentity AGENCY = new AgencyIdentity("Recova Recouvrement SAS",
      "10 rue de la Paix, 75002 Paris", "RCS Paris 901 234 567", "contact@recova.example",
      "01 23 45 67 89", "FR76 3000 4000 3123 4567 8901 429", "dpo@recova.example");
  static final CreditorClientView CREDITOR = new CreditorClientView(UUID.randomUUID(),
      "Martin Matériaux SARL", "552 100 554", "4 avenue des Lilas\n69003 Lyon",
      "compta@martin.example", null, Instant.EPOCH);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void theLetterListsWhatIsStillDueInvoiceByInvoiceAndGivesADateToPay() {
    UUID paidClaim = UUID.randomUUID();
    UUID openClaim = UUID.randomUUID();
    ClaimBalance paid = new ClaimBalance(paidClaim, "F-1", ClaimNature.B2B,
        LocalDate.of(2026, 1, 10), "ECB+10", LocalDate.of(2026, 1, 11), List.of(),
        eur("100.00"), eur("5.00"), eur("40.00"), eur("5.00"), eur("40.00"), eur("100.00"),
        eur("0.00"));
    ClaimBalance open = new ClaimBalance(openClaim, "F-2", ClaimNature.B2B,
        LocalDate.of(2026, 3, 15), "ECB+10", LocalDate.of(2026, 3, 16), List.of(),
        eur("1200.00"), eur("87.12"), eur("40.00"), eur("0.00"), eur("0.00"), eur("200.00"),
        eur("1127.12"));
    CaseBalance balance = new CaseBalance(TODAY, "EUR", eur("1300.00"), eur("92.12"),
        eur("80.00"), eur("0.00"), eur("345.00"), eur("1127.12"), eur("0.00"), true, TODAY,
        List.of(), List.of(paid, open));
    List<ClaimView> claims = List.of(
        new ClaimView(paidClaim, "F-1", LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 10),
            new BigDecimal("100.00"), "EUR", ClaimNature.B2B, null, null),
        new ClaimView(openClaim, "F-2", LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 15),
            new BigDecimal("1200.00"), "EUR", ClaimNature.B2B, null, null));

    LetterContent letter = LetterComposer.compose(
        new LetterComposer.Heading(LetterKind.FORMAL_NOTICE, Locale.FRENCH, "LR-2026-000007",
            TODAY),
        AGENCY, CREDITOR, "Garage des Alpes SAS",
        new PostalAddress("112 route de Grenoble", null, "38000", "Grenoble", "FR"),
        "RC-1A2B-3C4D-5E6F", claims, balance,
        new LetterComposer.FirstLetter("LR-2026-000001", LocalDate.of(2026, 10, 2)), "jdupuis");

    assertThat(letter.claims()).singleElement().satisfies(line -> {
      assertThat(line.invoiceNumber()).isEqualTo("F-2");
      assertThat(line.invoiceDate()).isEqualTo(LocalDate.of(2026, 2, 13));
      assertThat(line.paid()).isEqualTo(eur("200.00"));
      assertThat(line.due()).isEqualTo(eur("1127.12"));
    });
    assertThat(letter.totals().due()).isEqualTo(eur("1127.12"));
    assertThat(letter.totals().paid()).isEqualTo(eur("345.00"));
    assertThat(letter.payBy()).isEqualTo(TODAY.plusDays(8));
    assertThat(letter.creditor().addressLines()).containsExactly("4 avenue des Lilas", "69003 Lyon");
    assertThat(letter.debtor().addressLines())
        .containsExactly("112 route de Grenoble", "38000 Grenoble");
    assertThat(letter.firstLetterReference()).isEqualTo("LR-2026-000001");
    assertThat(letter.firstLetterDate()).isEqualTo(LocalDate.of(2026, 10, 2));
  }

  @Test
  void aDebtorAbroadIsWrittenToInEnglishWithTheCountryOnTheEnvelope() {
    PostalAddress brussels = new PostalAddress("Rue Haute 1", "Boîte 3", "1000", "Bruxelles",
        "BE");
    assertThat(LetterComposer.languageFor(brussels)).isEqualTo(Locale.ENGLISH);
    assertThat(LetterComposer.languageFor(
        new PostalAddress("1 rue A", null, "75001", "Paris", "FR"))).isEqualTo(Locale.FRENCH);
    assertThat(LetterComposer.languageFor(null)).isEqualTo(Locale.FRENCH);
    assertThat(LetterComposer.lines(brussels))
        .containsExactly("Rue Haute 1", "Boîte 3", "1000 Bruxelles", "BELGIUM");
  }

  @Test
  void remindersGiveMoreTimeThanTheFormalNotice() {
    assertThat(LetterKind.FRIENDLY_REMINDER.payWithinDays()).isEqualTo(15);
    assertThat(LetterKind.FIRM_REMINDER.payWithinDays()).isEqualTo(8);
    assertThat(LetterKind.FORMAL_NOTICE.payWithinDays()).isEqualTo(8);
  }

  @Test
  void theEmailNamesTheLetterTheCreditorTheAmountAndTheDate() {
    LetterContent letter = new LetterContent(LetterKind.FIRM_REMINDER, Locale.FRENCH,
        "LR-2026-000042", TODAY, AGENCY, new LetterParty("Martin Matériaux SARL", List.of()),
        new LetterParty("Garage des Alpes SAS", List.of()), "RC-1", List.of(),
        new LetterTotals(eur("1200.00"), eur("10.00"), eur("40.00"), eur("0.00"), eur("0.00"),
            eur("1250.00")), TODAY.plusDays(8), null, null, "jdupuis");

    assertThat(LetterMail.subject(letter)).isEqualTo(
        "Relance – facture(s) impayée(s) – réf. LR-2026-000042");
    assertThat(LetterMail.body(letter).replace('\u202f', ' ').replace('\u00a0', ' '))
        .contains("LR-2026-000042 du 23 novembre 2026", "Martin Matériaux SARL",
            "1 250,00 €", "le 1 décembre 2026", "01 23 45 67 89", "jdupuis");
    LetterContent english = new LetterContent(LetterKind.FORMAL_NOTICE, Locale.ENGLISH,
        "LR-2026-000043", TODAY, AGENCY, letter.creditor(), letter.debtor(), "RC-1", List.of(),
        letter.totals(), TODAY.plusDays(8), null, null, null);
    assertThat(LetterMail.subject(english)).isEqualTo("Formal notice to pay – ref. LR-2026-000043");
    assertThat(LetterMail.body(english)).contains("€1,250.00", "December 1, 2026");
  }
}
