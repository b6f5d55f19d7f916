package io.recova.reports.invoice;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.invoice.FeeInvoiceContent;
import io.recova.agency.invoice.InvoiceEntry;
import io.recova.agency.invoice.InvoiceSettlement;
import io.recova.agency.invoice.InvoiceSource;
import io.recova.agency.invoice.InvoiceTotals;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.organisation.AgencyRegistration;
import io.recova.reports.i18n.DocumentFormat;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the fee invoice prints, already formatted for its language: the template's parameters and
 * one row per {@link InvoiceEntry}: the fees of a kind and rate added up, or a certificate's
 * ({@code fee-invoice.jrxml}).
 */
record FeeInvoiceData(Map<String, Object> parameters, List<Map<String, ?>> rows) {

  /** Printed where a value was not given: a cell must never read "null". */
  static final String NOT_GIVEN = "—";

  static FeeInvoiceData of(FeeInvoiceContent c, DocumentFormat format, ResourceBundle labels) {
    AgencyIdentity agency = c.agency();
    AgencyRegistration reg = c.registration();
    InvoiceTotals totals = c.totals();
    InvoiceSettlement settlement = c.settlement();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("agencyName", orNotGiven(agency.name()));
    p.put("agencyActivity", AgencyIdentity.ACTIVITY);
    p.put("agencyAddress", orNotGiven(agency.address()));
    // C. com. R123-237: legal form and capital, RCS and SIREN; CGI 242 nonies A I 2°: VAT number.
    p.put("agencyLegal", MessageFormat.format(labels.getString("agency.legal"),
        orNotGiven(reg.legalForm()), orNotGiven(reg.shareCapital()), orNotGiven(reg.rcs())));
    p.put("agencyIds", MessageFormat.format(labels.getString("agency.ids"),
        orNotGiven(DocumentFormat.siren(agency.registrationNumber())), orNotGiven(reg.siret()),
        orNotGiven(reg.vatNumber())));
    p.put("agencyContact", MessageFormat.format(labels.getString("agency.contact"),
        orNotGiven(agency.email()), orNotGiven(agency.phone())));
    p.put("title", labels.getString(c.isCreditNote() ? "title.creditNote" : "title.invoice"));
    p.put("number", c.number());
    p.put("issuedOn", format.date(c.issuedOn()));
    p.put("dueOn", format.date(settlement.dueOn()));
    p.put("buyer", buyer(c, labels));
    p.put("services", MessageFormat.format(labels.getString("services"),
        format.date(c.serviceFrom()), format.date(c.serviceTo()), format.date(c.periodEnd())));
    p.put("perRate", totals.perRate().stream()
        .map(r -> MessageFormat.format(labels.getString("rate.line"),
            format.percent(r.vatPercent()), format.money(r.base()), format.money(r.vat())))
        .collect(Collectors.joining("\n")));
    p.put("totalExclVat", format.money(totals.exclVat()));
    p.put("totalVat", format.money(totals.vat()));
    p.put("totalInclVat", format.money(totals.inclVat()));
    p.put("settlement", settlement(c, format, labels));
    boolean outsideVat = c.lines().stream().anyMatch(l -> l.vatPercent().signum() == 0);
    p.put("vatNote", outsideVat ? MessageFormat.format(labels.getString("vat.outside"), new Object[0]) : null);
    p.put("terms", MessageFormat.format(labels.getString("terms"),
        format.date(settlement.dueOn())));
    List<Map<String, ?>> rows = InvoiceEntry.of(c.lines()).stream()
        .map(e -> row(e, format, labels)).collect(Collectors.toList());
    return new FeeInvoiceData(p, rows);
  }

  private static String buyer(FeeInvoiceContent c, ResourceBundle labels) {
    String reg = c.creditorRegistrationNumber() == null
        || c.creditorRegistrationNumber().isBlank() ? labels.getString("buyer.siren.none")
        : MessageFormat.format(labels.getString("buyer.siren"),
            DocumentFormat.siren(c.creditorRegistrationNumber()));
    String vat = c.creditorVatNumber() == null ? null
        : MessageFormat.format(labels.getString("buyer.vat"), c.creditorVatNumber());
    return Stream.of(c.creditorName(),
            c.creditorAddress() == null || c.creditorAddress().isBlank()
                ? labels.getString("address.none") : c.creditorAddress(), reg, vat)
        .filter(s -> s != null).collect(Collectors.joining("\n"));
  }

  /** How the invoice was paid: by set-off against the remittance, and what is still due. */
  static String settlement(FeeInvoiceContent c, DocumentFormat format, ResourceBundle labels) {
    InvoiceSettlement s = c.settlement();
    String remitted = format.date(c.remittedOn());
    if (c.isCreditNote()) {
      return MessageFormat.format(labels.getString("settlement.credit"), remitted);
    }
    if (s.fullySettled()) {
      return MessageFormat.format(labels.getString("settlement.paid"), remitted);
    }
    return MessageFormat.format(labels.getString("settlement.partial"),
        format.money(s.settledBySetOff()), remitted, format.money(s.due()),
        format.date(s.dueOn()));
  }

  private static Map<String, ?> row(InvoiceEntry e, DocumentFormat format,
      ResourceBundle labels) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("description", description(e, format, labels));
    // The first and the last service date, one above the other: the column is one date wide,
    // and the description beside it needs its width for invoice numbers not to wrap.
    row.put("date", e.firstDate().equals(e.lastDate()) ? format.date(e.firstDate())
        : format.date(e.firstDate()) + "\n" + format.date(e.lastDate()));
    row.put("quantity", format.count(e.quantity()));
    row.put("unitPrice", format.money(e.unitPrice()));
    row.put("vatPercent", format.percent(e.vatPercent()));
    row.put("amount", format.money(e.amount()));
    row.put("vat", format.money(e.vat()));
    return row;
  }

  /**
   * What the row is for (L441-9: "la dénomination précise"): the kind of fee with its rate and
   * base, then on how many payments, or which certificate; credited fees name the invoice that
   * charged them.
   */
  static String description(InvoiceEntry e, DocumentFormat format, ResourceBundle labels) {
    FeeKind kind = e.feeKind();
    String what = e.percent() != null && e.base() != null
        ? MessageFormat.format(labels.getString("kind." + kind.name() + ".rate"),
            format.percent(e.percent()), format.money(e.base()))
        : MessageFormat.format(labels.getString("kind." + kind.name()), new Object[0]);
    // The fee on a line of its own, then where it comes from: a reference never wraps mid-way.
    StringBuilder text = new StringBuilder(what).append('\n');
    if (e.source() == InvoiceSource.CERTIFICATE) {
      if (e.caseReference() != null) {
        text.append(MessageFormat.format(labels.getString("source.case"), e.caseReference()))
            .append(" · ");
      }
      text.append(MessageFormat.format(labels.getString("source.certificate"), e.reference()));
    } else {
      text.append(MessageFormat.format(labels.getString("source.payments"), e.fees(),
          format.count(e.fees())));
    }
    if (e.directPayment()) {
      text.append(' ').append(labels.getString("source.direct"));
    }
    if (e.creditedInvoiceNumber() != null) {
      text.append('\n').append(MessageFormat.format(labels.getString("credited"),
          e.creditedInvoiceNumber()));
    }
    return text.toString();
  }

  private static String orNotGiven(String value) {
    return value == null || value.isBlank() ? NOT_GIVEN : value;
  }
}
