package io.recova.agency.mandate;

import io.recova.agency.money.Bic;
import io.recova.agency.money.Iban;
import io.recova.agency.money.InvalidIbanException;
import io.recova.agency.organisation.Siren;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns a manager's {@link NewCreditorClient} into a valid {@link CreditorClient}, or refuses it
 * with every invalid field at once, so the user fixes the form in one pass.
 */
public final class CreditorClientFactory {

  static final int NAME_MAX = 200;
  static final int ADDRESS_MAX = 500;
  static final int EMAIL_MAX = 254;

  // Deliberately loose: one @, something on both sides, a dot in the domain. Deliverability is
  // proven by sending, not by a regular expression.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private CreditorClientFactory() {}

  /**
   * @param today the agency's current date: a mandate cannot be signed in the future
   * @throws InvalidInputException listing every invalid field
   */
  public static CreditorClient register(
      NewCreditorClient command, UUID id, Instant now, LocalDate today) {
    if (command == null) {
      throw new InvalidInputException(
          List.of(new FieldViolation("body", "body.required", "A request body is required")));
    }
    List<FieldViolation> violations = new ArrayList<>();

    String name = trimToNull(command.name());
    if (name == null) {
      violations.add(new FieldViolation("name", "name.required", "The name is required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(
          new FieldViolation(
              "name", "name.tooLong", "The name has at most " + NAME_MAX + " characters"));
    }

    Siren siren =
        optional(
            command.registrationNumber(),
            () -> Siren.parse(command.registrationNumber()),
            new FieldViolation(
                "registrationNumber",
                "siren.invalid",
                "The SIREN must be nine digits with a valid check digit"),
            violations);

    String address = trimToNull(command.address());
    if (address != null && address.length() > ADDRESS_MAX) {
      violations.add(
          new FieldViolation(
              "address",
              "address.tooLong",
              "The address has at most " + ADDRESS_MAX + " characters"));
    }

    String email = trimToNull(command.contactEmail());
    if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
      violations.add(
          new FieldViolation(
              "contactEmail", "email.invalid", "The contact email is not a valid address"));
    }

    FeeSchedule fees = FeeScheduleRules.build(command.fees(), violations);

    if (command.remittanceFrequency() == null) {
      violations.add(
          new FieldViolation(
              "remittanceFrequency",
              "frequency.required",
              "The remittance frequency is required (WEEKLY, MONTHLY or QUARTERLY)"));
    }

    Iban iban = null;
    try {
      iban = Iban.parse(command.iban());
    } catch (InvalidIbanException e) {
      String code = "iban." + e.reason().name().toLowerCase(Locale.ROOT);
      violations.add(new FieldViolation("iban", code, e.getMessage()));
    }

    Bic bic =
        optional(
            command.bic(),
            () -> Bic.parse(command.bic()),
            new FieldViolation("bic", "bic.invalid", "The BIC must have 8 or 11 characters"),
            violations);

    Integer delay = command.remittanceDelayDays();
    if (delay != null && (delay < 1 || delay > Mandate.MAX_REMITTANCE_DELAY_DAYS)) {
      violations.add(
          new FieldViolation(
              "remittanceDelayDays",
              "remittanceDelay.range",
              "The remittance delay is between 1 and " + Mandate.MAX_REMITTANCE_DELAY_DAYS
                  + " days; leave it out for the legal month"));
    }

    LocalDate signedOn = command.signedOn() == null ? today : command.signedOn();
    if (signedOn.isAfter(today)) {
      violations.add(
          new FieldViolation(
              "signedOn", "signedOn.future", "The mandate cannot be signed in the future"));
    }

    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Mandate mandate =
        new Mandate(
            UUID.randomUUID(),
            fees,
            command.remittanceFrequency(),
            iban,
            bic,
            signedOn,
            delay);
    return new CreditorClient(id, name, siren, address, email, mandate, now);
  }

  private static <T> T optional(
      String raw, Supplier<T> parser, FieldViolation ifInvalid, List<FieldViolation> out) {
    if (trimToNull(raw) == null) {
      return null;
    }
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      out.add(ifInvalid);
      return null;
    }
  }

  private static String trimToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
