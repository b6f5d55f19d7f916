package io.recova.agency.casefile;

import io.recova.agency.valuation.ClaimNature;
import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.platform.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewCaseRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static NewClaim claim(String number, String amount) {
    return new NewClaim(number, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
        new BigDecimal(amount), "EUR", ClaimNature.B2B, null, null);
  }

  private static NewDebtor company(String siren) {
    return new NewDebtor(DebtorKind.COMPANY, "Garage des Alpes SAS", siren,
        new PostalAddress("112 route de Grenoble", null, "38000", "Grenoble", "FR"),
        "compta@garage.example", "+33 4 76 00 00 00");
  }

  private static List<String> codes(NewCase c) {
    return NewCaseRules.check(c, TODAY).stream().map(FieldViolation::code).toList();
  }

  @Test
  void aCompleteCaseIsAccepted() {
    assertThat(codes(new NewCase(null, "R-1", company("383 474 814"),
        List.of(claim("F-1", "1 200.50".replace(" ", ""))), null))).isEmpty();
  }

  @Test
  void aClaimsVatRateIsAPercentageAndNotAboveTheStandardRateOfItsInvoiceDate() {
    NewClaim reduced = new NewClaim("F-2", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
        BigDecimal.TEN, "EUR", ClaimNature.B2B, null, new BigDecimal("5.5"));
    NewClaim tooHigh = new NewClaim("F-3", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
        BigDecimal.TEN, "EUR", ClaimNature.B2B, null, new BigDecimal("21"));
    NewClaim negative = new NewClaim("F-4", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
        BigDecimal.TEN, "EUR", ClaimNature.B2B, null, new BigDecimal("-1"));
    NewCase c = new NewCase(null, "R-1", company(null), List.of(claim("F-1", "10"), reduced,
        tooHigh), null);
    assertThat(codes(c)).isEmpty();
    assertThat(codes(new NewCase(null, "R-1", company(null), List.of(negative), null)))
        .containsExactly("percent.range");
    // 20 % since 2014 (CGI 278); nothing recorded before
    StandardVatRate standard = day -> day.isBefore(LocalDate.of(2014, 1, 1)) ? Optional.empty()
        : Optional.of(new BigDecimal("20.00"));
    assertThat(NewCaseRules.checkVatRates(c, standard))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("claims[2].vatPercent",
            "vatRate.aboveStandard"));
  }

  @Test
  void aSiretIsAcceptedAndABadCheckDigitIsNot() {
    assertThat(codes(new NewCase(null, "R-1", company("38347481400019"),
        List.of(claim("F-1", "10")), null))).isEmpty();
    assertThat(codes(new NewCase(null, "R-1", company("383474815"),
        List.of(claim("F-1", "10")), null))).containsExactly("registrationNumber.invalid");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    NewClaim future = new NewClaim("F-2", TODAY.plusDays(1), null, new BigDecimal("-5"), "EUR",
        ClaimNature.B2C, new BigDecimal("12"), null);
    List<FieldViolation> v = NewCaseRules.check(new NewCase(null, " ", company(null),
        List.of(claim("F-1", "0"), future, claim("F-1", "3.333")), null), TODAY);

    assertThat(v).extracting(FieldViolation::field).containsExactly(
        "externalReference",
        "claims[0].principal",
        "claims[1].invoiceDate",
        "claims[1].dueDate",
        "claims[1].principal",
        "claims[1].contractRatePercent",
        "claims[2].invoiceNumber",
        "claims[2].principal");
  }

  @Test
  void aFrenchAddressNeedsAFiveDigitPostcode() {
    NewDebtor d = new NewDebtor(DebtorKind.PERSON, "Claire Moreau", null,
        new PostalAddress("3 rue Mercière", null, "6900", "Lyon", null), null, null);
    assertThat(codes(new NewCase(null, "R-1", d, List.of(claim("F-1", "10")), null)))
        .containsExactly("postcode.format");
  }

  @Test
  void claimsOfOneCaseShareOneCurrency() {
    NewClaim pounds = new NewClaim("F-2", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
        BigDecimal.TEN, "GBP", ClaimNature.B2B, null, null);
    assertThat(codes(new NewCase(null, "R-1", company(null), List.of(claim("F-1", "10"), pounds),
        null))).containsExactly("currency.mixed");
  }

  @Test
  void aFormalNoticeCannotPrecedeTheInvoices() {
    assertThat(codes(new NewCase(null, "R-1", company(null), List.of(claim("F-1", "10")),
        LocalDate.of(2026, 8, 1)))).containsExactly("formalNotice.beforeInvoice");
  }
}
