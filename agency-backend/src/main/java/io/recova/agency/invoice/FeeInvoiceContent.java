package io.recova.agency.invoice;

import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.organisation.AgencyRegistration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything a fee invoice says, gathered when it is issued and never recomputed: the PDFs made
 * from it are what the creditor keeps. The mentions follow C. com. L441-9 I and CGI 242 nonies A
 * I: the seller's and the buyer's identity and address, the seller's VAT number, the number and
 * date, the date of the services, each line's quantity, description and unit price excluding VAT,
 * the VAT per rate, the totals, the due date, the late-payment penalties and the 40 EUR fixed
 * indemnity (L441-10 II, D441-5; the report prints those texts), and how it was paid.
 *
 * @param creditorRegistrationNumber the creditor's SIREN, or null when not known
 * @param creditorVatNumber the creditor's VAT number, or null when not known
 * @param periodEnd the end of the remittance period the invoice goes with
 * @param remittedOn the day the remittance was approved, against which the fees were set off
 */
public record FeeInvoiceContent(
    String number,
    LocalDate issuedOn,
    AgencyIdentity agency,
    AgencyRegistration registration,
    String creditorName,
    String creditorRegistrationNumber,
    String creditorAddress,
    String creditorVatNumber,
    LocalDate periodEnd,
    LocalDate remittedOn,
    List<InvoiceLine> lines,
    InvoiceTotals totals,
    InvoiceSettlement settlement) {

  public FeeInvoiceContent {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(creditorName, "creditorName");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("An invoice has at least one line");
    }
  }

  /**
   * Composes an invoice from its lines (charged ones by case and date, credited ones after
   * them), working out its totals and how the remittance settled it.
   *
   * @param stillReceivable what the creditor owes the agency once the remittance is posted
   */
  public static FeeInvoiceContent compose(InvoiceNumber number, LocalDate issuedOn,
      AgencyIdentity agency, AgencyRegistration registration, String creditorName,
      String creditorRegistrationNumber, String creditorAddress, String creditorVatNumber,
      LocalDate periodEnd, LocalDate remittedOn, List<InvoiceLine> lines,
      Money stillReceivable) {
    List<InvoiceLine> ordered = lines.stream().filter(l -> !l.isEmpty())
        .sorted(InvoiceLine.PRINTED_ORDER).toList();
    InvoiceTotals totals = InvoiceTotals.of(ordered);
    return new FeeInvoiceContent(number.toString(), issuedOn, agency, registration, creditorName,
        creditorRegistrationNumber, creditorAddress, creditorVatNumber, periodEnd, remittedOn,
        ordered, totals, InvoiceSettlement.of(totals.inclVat(), stillReceivable, issuedOn));
  }

  public boolean isCreditNote() {
    return totals.isCreditNote();
  }

  /** The first day a service invoiced was rendered. */
  public LocalDate serviceFrom() {
    return lines.stream().map(InvoiceLine::serviceDate).min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** The last day a service invoiced was rendered. */
  public LocalDate serviceTo() {
    return lines.stream().map(InvoiceLine::serviceDate).max(Comparator.naturalOrder())
        .orElseThrow();
  }
}
