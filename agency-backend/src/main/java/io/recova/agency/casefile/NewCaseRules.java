package io.recova.agency.casefile;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.organisation.Siren;
import io.recova.agency.organisation.Siret;
import io.recova.agency.platform.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a submitted dossier must satisfy before Recova takes it on, the same for the form, the API
 * and a file. Every violation is reported at once, each with the path of its field ({@code
 * debtor.name}, {@code claims[2].dueDate}) so that an import can point at the row and column.
 */
public final class NewCaseRules {

  public static final int MAX_CLAIMS = 500;
  static final int MAX_REFERENCE = 100;
  static final int MAX_NAME = 200;
  static final int MAX_INVOICE_NUMBER = 60;
  /** No single claim above a thousand billion: a typo, not a debt. */
  static final BigDecimal MAX_PRINCIPAL = new BigDecimal("1000000000000");

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{6,25}$");
  private static final Pattern FRENCH_POSTCODE = Pattern.compile("^\\d{5}$");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private NewCaseRules() {}

  public static List<FieldViolation> check(NewCase c, LocalDate today) {
    List<FieldViolation> out = new ArrayList<>();
    if (c == null) {
      out.add(new FieldViolation("body", "body.required", "A request body is required"));
      return out;
    }
    text(out, "externalReference", c.externalReference(), MAX_REFERENCE, true);
    checkDebtor(out, c.debtor());
    checkClaims(out, c.claims(), today);
    if (c.formalNoticeDate() != null) {
      if (c.formalNoticeDate().isAfter(today)) {
        out.add(new FieldViolation("formalNoticeDate", "date.future",
            "The formal notice date cannot be in the future"));
      } else if (c.claims() != null && c.claims().stream().anyMatch(
          k -> k != null && k.invoiceDate() != null && c.formalNoticeDate().isBefore(k.invoiceDate()))) {
        out.add(new FieldViolation("formalNoticeDate", "formalNotice.beforeInvoice",
            "The formal notice cannot precede the invoices it demands payment of"));
      }
    }
    return out;
  }

  private static void checkDebtor(List<FieldViolation> out, NewDebtor d) {
    if (d == null) {
      out.add(new FieldViolation("debtor", "debtor.required", "The debtor is required"));
      return;
    }
    if (d.kind() == null) {
      out.add(new FieldViolation("debtor.kind", "debtorKind.required",
          "The debtor kind is required (PERSON or COMPANY)"));
    }
    text(out, "debtor.name", d.name(), MAX_NAME, true);
    String number = d.registrationNumber();
    if (number != null && !number.isBlank()) {
      registrationNumber(out, number);
    }
    if (d.email() != null && !d.email().isBlank()
        && (d.email().length() > 254 || !EMAIL.matcher(d.email().strip()).matches())) {
      out.add(new FieldViolation("debtor.email", "email.format", "Not an email address: " + d.email()));
    }
    if (d.phone() != null && !d.phone().isBlank() && !PHONE.matcher(d.phone().strip()).matches()) {
      out.add(new FieldViolation("debtor.phone", "phone.format", "Not a phone number: " + d.phone()));
    }
    PostalAddress a = d.address();
    if (a != null && !isEmpty(a)) {
      text(out, "debtor.address.line1", a.line1(), 200, true);
      text(out, "debtor.address.line2", a.line2(), 200, false);
      text(out, "debtor.address.city", a.city(), 100, true);
      String country = countryOf(a);
      if (!Set.of(Locale.getISOCountries()).contains(country)) {
        out.add(new FieldViolation("debtor.address.countryCode", "country.unknown",
            "Not an ISO 3166 country code: " + a.countryCode()));
      } else if ("FR".equals(country)
          && (a.postalCode() == null || !FRENCH_POSTCODE.matcher(a.postalCode().strip()).matches())) {
        out.add(new FieldViolation("debtor.address.postalCode", "postcode.format",
            "A French postal code has five digits"));
      } else {
        text(out, "debtor.address.postalCode", a.postalCode(), 20, true);
      }
    }
  }

  /** The address's country, France when not given. */
  public static String countryOf(PostalAddress a) {
    return a.countryCode() == null || a.countryCode().isBlank()
        ? "FR"
        : a.countryCode().strip().toUpperCase(Locale.ROOT);
  }

  public static boolean isEmpty(PostalAddress a) {
    return blank(a.line1()) && blank(a.line2()) && blank(a.postalCode()) && blank(a.city());
  }

  private static void registrationNumber(List<FieldViolation> out, String number) {
    String digits = number.replaceAll("[\\s\\p{Z}.]", "");
    try {
      if (digits.length() == 14) {
        Siret.parse(digits);
      } else {
        Siren.parse(digits);
      }
    } catch (IllegalArgumentException e) {
      out.add(new FieldViolation("debtor.registrationNumber", "registrationNumber.invalid",
          "Not a valid SIREN (9 digits) or SIRET (14 digits): " + number));
    }
  }

  /**
   * Checks each claim's VAT rate against the reference data: no French rate exceeds the standard
   * rate in force on the invoice date (CGI 278; the reduced rates of CGI 278-0 bis ff. are below
   * it). An invoice older than the first recorded rate is checked for its range only.
   */
  public static List<FieldViolation> checkVatRates(NewCase c, StandardVatRate standard) {
    List<FieldViolation> out = new ArrayList<>();
    if (c == null || c.claims() == null) {
      return out;
    }
    for (int i = 0; i < c.claims().size(); i++) {
      NewClaim k = c.claims().get(i);
      if (k == null || k.vatPercent() == null || k.invoiceDate() == null) {
        continue;
      }
      Optional<BigDecimal> max = standard.on(k.invoiceDate());
      if (max.isPresent() && k.vatPercent().compareTo(max.get()) > 0) {
        out.add(new FieldViolation("claims[" + i + "].vatPercent", "vatRate.aboveStandard",
            "The VAT rate " + k.vatPercent().stripTrailingZeros().toPlainString()
                + " % is above the standard rate in force on the invoice date ("
                + max.get().stripTrailingZeros().toPlainString() + " %)"));
      }
    }
    return out;
  }

  private static void checkClaims(List<FieldViolation> out, List<NewClaim> claims, LocalDate today) {
    if (claims == null || claims.isEmpty()) {
      out.add(new FieldViolation("claims", "claims.required", "A case needs at least one claim"));
      return;
    }
    if (claims.size() > MAX_CLAIMS) {
      out.add(new FieldViolation("claims", "claims.tooMany",
          "A case holds at most " + MAX_CLAIMS + " claims"));
      return;
    }
    Set<String> numbers = new HashSet<>();
    Set<String> currencies = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      String p = "claims[" + i + "].";
      NewClaim k = claims.get(i);
      if (k == null) {
        out.add(new FieldViolation("claims[" + i + "]", "claim.required", "Empty claim"));
        continue;
      }
      if (text(out, p + "invoiceNumber", k.invoiceNumber(), MAX_INVOICE_NUMBER, true)
          && !numbers.add(k.invoiceNumber().strip())) {
        out.add(new FieldViolation(p + "invoiceNumber", "invoiceNumber.duplicate",
            "Invoice " + k.invoiceNumber().strip() + " appears twice in this case"));
      }
      if (k.invoiceDate() == null) {
        out.add(new FieldViolation(p + "invoiceDate", "invoiceDate.required",
            "The invoice date is required"));
      } else if (k.invoiceDate().isAfter(today)) {
        out.add(new FieldViolation(p + "invoiceDate", "date.future",
            "The invoice date " + k.invoiceDate() + " is in the future"));
      }
      if (k.dueDate() == null) {
        out.add(new FieldViolation(p + "dueDate", "dueDate.required",
            "The due date is required: interest and limitation run from it"));
      } else if (k.invoiceDate() != null && k.dueDate().isBefore(k.invoiceDate())) {
        out.add(new FieldViolation(p + "dueDate", "dueDate.beforeInvoice",
            "The due date cannot precede the invoice date"));
      }
      Currency currency = currency(out, p, k.currency());
      if (currency != null) {
        currencies.add(currency.getCurrencyCode());
      }
      principal(out, p, k.principal(), currency);
      if (k.nature() == null) {
        out.add(new FieldViolation(p + "nature", "nature.required",
            "The nature is required (B2B, B2C or CIVIL)"));
      }
      BigDecimal rate = k.contractRatePercent();
      if (rate != null) {
        if (k.nature() != null && k.nature() != ClaimNature.B2B) {
          out.add(new FieldViolation(p + "contractRatePercent", "contractRate.b2bOnly",
              "A contract late-penalty rate applies to B2B claims only"));
        } else if (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0
            || rate.stripTrailingZeros().scale() > 4) {
          out.add(new FieldViolation(p + "contractRatePercent", "percent.range",
              "The contract rate is a percentage above 0 and below 100, at most four decimals"));
        }
      }
      BigDecimal vat = k.vatPercent();
      if (vat != null && (vat.signum() < 0 || vat.compareTo(BigDecimal.valueOf(100)) >= 0
          || vat.stripTrailingZeros().scale() > 2)) {
        out.add(new FieldViolation(p + "vatPercent", "percent.range",
            "The VAT rate is a percentage from 0 to below 100, at most two decimals"));
      }
    }
    if (currencies.size() > 1) {
      out.add(new FieldViolation("claims", "currency.mixed",
          "All claims of a case must be in one currency, found " + currencies));
    }
  }

  private static Currency currency(List<FieldViolation> out, String p, String code) {
    String c = code == null || code.isBlank() ? "EUR" : code.strip().toUpperCase(Locale.ROOT);
    try {
      return Currency.getInstance(c);
    } catch (IllegalArgumentException e) {
      out.add(new FieldViolation(p + "currency", "currency.unknown",
          "Not an ISO 4217 currency code: " + code));
      return null;
    }
  }

  private static void principal(List<FieldViolation> out, String p, BigDecimal amount, Currency c) {
    if (amount == null) {
      out.add(new FieldViolation(p + "principal", "principal.required", "The amount is required"));
    } else if (amount.signum() <= 0) {
      out.add(new FieldViolation(p + "principal", "principal.positive",
          "The amount must be greater than zero, found " + amount.toPlainString()));
    } else if (amount.compareTo(MAX_PRINCIPAL) >= 0) {
      out.add(new FieldViolation(p + "principal", "principal.tooLarge",
          "The amount is implausibly large: " + amount.toPlainString()));
    } else if (c != null && amount.stripTrailingZeros().scale() > c.getDefaultFractionDigits()) {
      out.add(new FieldViolation(p + "principal", "principal.scale",
          "At most " + c.getDefaultFractionDigits() + " decimals in " + c.getCurrencyCode()));
    }
  }

  /** Checks a text field; true when it is present and valid. */
  private static boolean text(
      List<FieldViolation> out, String field, String value, int max, boolean required) {
    if (blank(value)) {
      if (required) {
        out.add(new FieldViolation(field, "required", "This field is required"));
      }
      return false;
    }
    if (value.strip().length() > max) {
      out.add(new FieldViolation(field, "tooLong", "At most " + max + " characters"));
      return false;
    }
    if (CONTROL.matcher(value).find()) {
      out.add(new FieldViolation(field, "controlCharacters",
          "Control characters (line breaks, tabs) are not allowed"));
      return false;
    }
    return true;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
