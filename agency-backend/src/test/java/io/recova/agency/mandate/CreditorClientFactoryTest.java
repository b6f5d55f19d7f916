package io.recova.agency.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.recova.agency.organisation.Siren;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditorClientFactoryTest {

  private static final UUID ID = UUID.fromString("9b2f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
  private static final Instant NOW = Instant.parse("2026-06-15T09:30:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  /** A complete, valid command as a manager would type it; each test changes what it needs. */
  private static NewCreditorClient valid() {
    return new NewCreditorClient(
        "  Martin Matériaux SAS  ",
        "732 829 320",
        " 18 avenue Jean Jaurès, 69007 Lyon ",
        " compta@martin-materiaux.example ",
        new BigDecimal("12.5"),
        new BigDecimal("18"),
        RemittanceFrequency.MONTHLY,
        "fr76 3000 6000 0112 3456 7890 189",
        "agrifrpp",
        LocalDate.of(2026, 1, 15));
  }

  private static NewCreditorClient valid(UnaryOperator<Command> change) {
    return change.apply(new Command(valid())).build();
  }

  private static CreditorClient register(NewCreditorClient command) {
    return CreditorClientFactory.register(command, ID, NOW, TODAY);
  }

  private static List<FieldViolation> violationsOf(NewCreditorClient command) {
    return assertThrows(InvalidInputException.class, () -> register(command)).violations();
  }

  // ---------------------------------------------------------------- valid commands

  @Test
  void theRemittanceDelayIsTheLegalMonthUnlessTheMandateAgreesOneOfAtMostNinetyDays() {
    assertThat(register(valid()).mandate().remittanceDelay()).isEqualTo(java.time.Period.ofMonths(1));
    assertThat(register(valid(c -> c.remittanceDelayDays(15))).mandate().remittanceDelay())
        .isEqualTo(java.time.Period.ofDays(15));
    assertThat(register(valid(c -> c.remittanceDelayDays(15))).view().mandate()
        .remittanceDelayDays()).isEqualTo(15);
    for (int refused : new int[] {0, -3, 91}) {
      assertThat(violationsOf(valid(c -> c.remittanceDelayDays(refused))))
          .extracting(FieldViolation::field, FieldViolation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("remittanceDelayDays",
              "remittanceDelay.range"));
    }
  }

  @Test
  void buildsAClientWhoseViewCarriesExactlyTheNormalisedInput() {
    CreditorClientView view = register(valid()).view();

    assertThat(view)
        .isEqualTo(
            new CreditorClientView(
                ID,
                "Martin Matériaux SAS",
                "732829320",
                "18 avenue Jean Jaurès, 69007 Lyon",
                "compta@martin-materiaux.example",
                new MandateTerms(
                    new BigDecimal("12.50"),
                    new BigDecimal("18.00"),
                    RemittanceFrequency.MONTHLY,
                    "FR7630006000011234567890189",
                    "AGRIFRPP",
                    LocalDate.of(2026, 1, 15)),
                NOW));
  }

  @Test
  void keepsFeesWithScaleTwo() {
    MandateTerms terms = register(valid()).view().mandate();

    assertThat(terms.amicableFeePercent().scale()).isEqualTo(2);
    assertThat(terms.judicialFeePercent().scale()).isEqualTo(2);
  }

  @Test
  void buildsAMandateWithTheValueObjectsOfTheInput() {
    CreditorClient client = register(valid());

    assertThat(client.id()).isEqualTo(ID);
    assertThat(client.registeredAt()).isEqualTo(NOW);
    assertThat(client.registrationNumber()).contains(Siren.parse("732829320"));
    assertThat(client.mandate().iban().value()).isEqualTo("FR7630006000011234567890189");
    assertThat(client.mandate().bic().value()).isEqualTo("AGRIFRPP");
    assertThat(client.mandate().amicableFee())
        .isEqualTo(FeeRate.ofPercent(new BigDecimal("12.50")));
    assertThat(client.mandate().id()).isNotNull();
  }

  @Test
  void signsTheMandateTodayWhenNoDateIsGiven() {
    CreditorClientView view = register(valid(c -> c.signedOn(null))).view();

    assertThat(view.mandate().signedOn()).isEqualTo(TODAY);
  }

  @Test
  void acceptsAMandateSignedToday() {
    assertThat(register(valid(c -> c.signedOn(TODAY))).view().mandate().signedOn())
        .isEqualTo(TODAY);
  }

  @Test
  void leavesTheOptionalFieldsEmptyWhenTheyAreBlank() {
    CreditorClientView view =
        register(valid(c -> c.siren("  ").address("").email(" ").bic("  "))).view();

    assertThat(view.registrationNumber()).isNull();
    assertThat(view.address()).isNull();
    assertThat(view.contactEmail()).isNull();
    assertThat(view.mandate().bic()).isNull();
  }

  @Test
  void leavesTheOptionalFieldsEmptyWhenTheyAreNull() {
    CreditorClient client = register(valid(c -> c.siren(null).address(null).email(null).bic(null)));

    assertThat(client.registrationNumber()).isEmpty();
    assertThat(client.mandate().bic()).isNull();
    assertThat(client.view().address()).isNull();
    assertThat(client.view().contactEmail()).isNull();
  }

  @Test
  void acceptsTheBoundaryFeesOfZeroAndFiftyPercent() {
    MandateTerms terms =
        register(valid(c -> c.amicable(BigDecimal.ZERO).judicial(new BigDecimal("50"))))
            .view()
            .mandate();

    assertThat(terms.amicableFeePercent()).isEqualTo(new BigDecimal("0.00"));
    assertThat(terms.judicialFeePercent()).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  void acceptsANameOfExactlyTwoHundredCharacters() {
    String name = "N".repeat(200);

    assertThat(register(valid(c -> c.name("  " + name + "  "))).name()).isEqualTo(name);
  }

  @Test
  void thePrintedMandateShowsTheIbanInGroupsOfFour() {
    assertThat(register(valid()).view().mandate().ibanForPrint())
        .isEqualTo("FR76 3000 6000 0112 3456 7890 189");
  }

  @Test
  void thePrintedMandateShowsAGermanIbanInGroupsOfFour() {
    MandateTerms terms =
        register(valid(c -> c.iban("DE89370400440532013000"))).view().mandate();

    assertThat(terms.iban()).isEqualTo("DE89370400440532013000");
    assertThat(terms.ibanForPrint()).isEqualTo("DE89 3704 0044 0532 0130 00");
  }

  // ---------------------------------------------------------------- one invalid field

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void refusesAMissingName(String name) {
    assertThat(violationsOf(valid(c -> c.name(name))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("name", "name.required"));
  }

  @Test
  void refusesANameOfTwoHundredAndOneCharacters() {
    assertThat(violationsOf(valid(c -> c.name("N".repeat(201)))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("name", "name.tooLong"));
  }

  @Test
  void refusesAMalformedIban() {
    assertThat(violationsOf(valid(c -> c.iban("FR76 3000 6000 0112 3456 7890 18"))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("iban", "iban.format"));
  }

  @Test
  void refusesAnIbanWithAWrongCheckDigit() {
    assertThat(violationsOf(valid(c -> c.iban("FR76 3000 6000 0112 3456 7890 188"))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("iban", "iban.checksum"));
  }

  @Test
  void refusesAnIbanOfACountryWithoutIbans() {
    assertThat(violationsOf(valid(c -> c.iban("US64SVBKUS6S3300958879"))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("iban", "iban.country"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void refusesAMissingIban(String iban) {
    assertThat(violationsOf(valid(c -> c.iban(iban))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("iban", "iban.missing"));
  }

  /** In a Turkish locale "MISSING".toLowerCase() is "mıssıng", with a dotless i. */
  @Test
  void namesTheIbanCodeTheSameWayWhateverTheServerLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));

      assertThat(violationsOf(valid(c -> c.iban(null))))
          .extracting(FieldViolation::code)
          .containsExactly("iban.missing");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesAnAmicableFeeOfOneHundredAndTwentyPercent() {
    assertThat(violationsOf(valid(c -> c.amicable(new BigDecimal("120")))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("amicableFeePercent", "fee.range"));
  }

  @Test
  void refusesANegativeJudicialFee() {
    assertThat(violationsOf(valid(c -> c.judicial(new BigDecimal("-1")))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("judicialFeePercent", "fee.range"));
  }

  @Test
  void refusesAFeeWithThreeDecimals() {
    assertThat(violationsOf(valid(c -> c.amicable(new BigDecimal("12.345")))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("amicableFeePercent", "fee.scale"));
  }

  @Test
  void refusesAMissingFee() {
    assertThat(violationsOf(valid(c -> c.judicial(null))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("judicialFeePercent", "fee.required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"732829321", "73282932", "7328293200", "73282932X", "372829320"})
  void refusesABadSiren(String siren) {
    assertThat(violationsOf(valid(c -> c.siren(siren))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("registrationNumber", "siren.invalid"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "compta",
        "compta@",
        "@martin-materiaux.example",
        "compta@martin-materiaux",
        "compta@@martin-materiaux.example",
        "compta martin@martin-materiaux.example"
      })
  void refusesABadEmail(String email) {
    assertThat(violationsOf(valid(c -> c.email(email))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("contactEmail", "email.invalid"));
  }

  @Test
  void refusesAnEmailLongerThanTwoHundredAndFiftyFourCharacters() {
    String email = "a".repeat(64) + "@" + "b".repeat(187) + ".fr"; // 255 characters

    assertThat(violationsOf(valid(c -> c.email(email))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("contactEmail", "email.invalid"));
  }

  @Test
  void refusesAnAddressLongerThanFiveHundredCharacters() {
    assertThat(violationsOf(valid(c -> c.address("x".repeat(501)))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("address", "address.tooLong"));
  }

  @Test
  void refusesAMandateSignedInTheFuture() {
    assertThat(violationsOf(valid(c -> c.signedOn(TODAY.plusDays(1)))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("signedOn", "signedOn.future"));
  }

  @Test
  void refusesAMissingRemittanceFrequency() {
    assertThat(violationsOf(valid(c -> c.frequency(null))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("remittanceFrequency", "frequency.required"));
  }

  @Test
  void refusesAMalformedBic() {
    assertThat(violationsOf(valid(c -> c.bic("AGRIFRP"))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("bic", "bic.invalid"));
  }

  @Test
  void explainsEachViolationInEnglish() {
    assertThat(violationsOf(valid(c -> c.amicable(new BigDecimal("120")))))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("between 0 and 50"));
  }

  // ---------------------------------------------------------------- several invalid fields

  @Test
  void reportsEveryInvalidFieldInOneException() {
    NewCreditorClient command =
        new NewCreditorClient(
            " ",
            "732829321",
            "x".repeat(501),
            "not-an-email",
            new BigDecimal("120"),
            new BigDecimal("-0.5"),
            null,
            "FR76 3000 6000 0112 3456 7890 188",
            "AGRIFRP",
            TODAY.plusYears(1));

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> register(command));

    assertThat(e.violations())
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("name", "name.required"),
            tuple("registrationNumber", "siren.invalid"),
            tuple("address", "address.tooLong"),
            tuple("contactEmail", "email.invalid"),
            tuple("amicableFeePercent", "fee.range"),
            tuple("judicialFeePercent", "fee.range"),
            tuple("remittanceFrequency", "frequency.required"),
            tuple("iban", "iban.checksum"),
            tuple("bic", "bic.invalid"),
            tuple("signedOn", "signedOn.future"));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.code()).isEqualTo("invalid-input");
    assertThat(e.getMessage()).contains("10 invalid field(s)");
  }

  @Test
  void reportsAnEmptyCommandWithEveryRequiredField() {
    NewCreditorClient empty =
        new NewCreditorClient(null, null, null, null, null, null, null, null, null, null);

    assertThat(violationsOf(empty))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("name", "name.required"),
            tuple("amicableFeePercent", "fee.required"),
            tuple("judicialFeePercent", "fee.required"),
            tuple("remittanceFrequency", "frequency.required"),
            tuple("iban", "iban.missing"));
  }

  @Test
  void refusesANullCommandAsAMissingBody() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> CreditorClientFactory.register(null, ID, NOW, TODAY));

    assertThat(e.violations())
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("body", "body.required"));
  }

  /** A fluent copy of {@link NewCreditorClient} so that each test states only what it changes. */
  private static final class Command {
    private String name;
    private String siren;
    private String address;
    private String email;
    private BigDecimal amicable;
    private BigDecimal judicial;
    private RemittanceFrequency frequency;
    private String iban;
    private String bic;
    private LocalDate signedOn;
    private Integer remittanceDelayDays;

    Command(NewCreditorClient from) {
      name = from.name();
      siren = from.registrationNumber();
      address = from.address();
      email = from.contactEmail();
      amicable = from.amicableFeePercent();
      judicial = from.judicialFeePercent();
      frequency = from.remittanceFrequency();
      iban = from.iban();
      bic = from.bic();
      signedOn = from.signedOn();
      remittanceDelayDays = from.remittanceDelayDays();
    }

    Command name(String value) {
      name = value;
      return this;
    }

    Command siren(String value) {
      siren = value;
      return this;
    }

    Command address(String value) {
      address = value;
      return this;
    }

    Command email(String value) {
      email = value;
      return this;
    }

    Command amicable(BigDecimal value) {
      amicable = value;
      return this;
    }

    Command judicial(BigDecimal value) {
      judicial = value;
      return this;
    }

    Command frequency(RemittanceFrequency value) {
      frequency = value;
      return this;
    }

    Command iban(String value) {
      iban = value;
      return this;
    }

    Command bic(String value) {
      bic = value;
      return this;
    }

    Command signedOn(LocalDate value) {
      signedOn = value;
      return this;
    }

    Command remittanceDelayDays(Integer value) {
      remittanceDelayDays = value;
      return this;
    }

    NewCreditorClient build() {
      return new NewCreditorClient(name, siren, address, email, amicable, judicial, frequency,
          iban, bic, signedOn, null, null, null, null, null, remittanceDelayDays, null);
    }
  }
}
