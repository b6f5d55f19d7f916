package io.recova.reports.certificate;

import io.recova.agency.certificate.CertificateAmounts;
import io.recova.agency.certificate.CertificateContent;
import io.recova.agency.certificate.CertificateStep;
import io.recova.agency.certificate.InvoiceAmounts;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the certificate prints, already formatted for its language: the template's parameters and
 * one row per invoice ({@code irrecoverability-certificate.jrxml}).
 */
record CertificateData(Map<String, Object> parameters, List<Map<String, ?>> rows) {

  /** Printed where a value was not given: a cell must never read "null". */
  static final String NOT_GIVEN = "—";

  static CertificateData of(CertificateContent c, DocumentFormat format, ResourceBundle labels) {
    AgencyIdentity agency = c.agency();
    CertificateAmounts amounts = c.amounts();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("agencyName", orNotGiven(agency.name()));
    p.put("agencyActivity", AgencyIdentity.ACTIVITY);
    p.put("agencyAddress", orNotGiven(agency.address()));
    p.put("agencyRegistrationNumber", orNotGiven(DocumentFormat.siren(agency.registrationNumber())));
    p.put("agencyContact", MessageFormat.format(labels.getString("agency.contact"),
        orNotGiven(agency.email()), orNotGiven(agency.phone())));
    p.put("number", c.number());
    p.put("issuedOn", format.date(c.issuedOn()));
    p.put("replaces", c.replacesNumber() == null ? null
        : MessageFormat.format(labels.getString("replaces"), c.replacesNumber()));
    p.put("caseReference", orNotGiven(c.caseReference()));
    p.put("creditor", party(c.creditorName(), c.creditorRegistrationNumber(),
        c.creditorAddress(), labels));
    p.put("debtor", party(c.debtorName(), c.debtorRegistrationNumber(), c.debtorAddress(),
        labels));
    p.put("attestation", MessageFormat.format(labels.getString("attestation"),
        orNotGiven(agency.name())));
    p.put("totalExclVat", format.money(amounts.totalExclVat()));
    p.put("totalVat", format.money(amounts.totalVat()));
    p.put("totalInclVat", format.money(amounts.totalInclVat()));
    p.put("recovered", format.money(amounts.recovered()));
    p.put("unpaidInclVat", format.money(amounts.unpaidInclVat()));
    p.put("unpaidExclVat", format.money(amounts.unpaidExclVat()));
    p.put("unpaidVat", format.money(amounts.unpaidVat()));
    String reason = labels.getString("reason." + c.reason().name());
    p.put("reason", c.reasonNote() == null ? reason : reason + " — " + c.reasonNote());
    p.put("steps", steps(c.steps(), format, labels));
    p.put("correctedInvoice", labels.getString("correctedInvoice"));
    // The mention goes on a French invoice: French amounts whatever the certificate's language.
    DocumentFormat french = DocumentFormat.of(Locale.FRENCH);
    p.put("correctedInvoiceMention", MessageFormat.format(labels.getString("mention"),
        french.money(amounts.unpaidExclVat()), french.money(amounts.unpaidVat())));
    p.put("signature", MessageFormat.format(labels.getString("signature"),
        format.date(c.issuedOn()), orNotGiven(agency.name())));
    List<Map<String, ?>> rows = amounts.invoices().stream()
        .map(i -> row(i, format)).collect(Collectors.toList());
    return new CertificateData(p, rows);
  }

  private static Map<String, ?> row(InvoiceAmounts i, DocumentFormat format) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("invoiceNumber", i.invoiceNumber());
    row.put("invoiceDate", i.invoiceDate() == null ? NOT_GIVEN : format.date(i.invoiceDate()));
    row.put("exclVat", format.money(i.exclVat()));
    row.put("vatPercent", format.percent(i.vatPercent()));
    row.put("vat", format.money(i.vat()));
    row.put("inclVat", format.money(i.inclVat()));
    return row;
  }

  private static String party(String name, String registration, String address,
      ResourceBundle labels) {
    String reg = registration == null || registration.isBlank()
        ? labels.getString("party.registration.none")
        : MessageFormat.format(labels.getString("party.registration"),
            DocumentFormat.siren(registration));
    return Stream.of(orNotGiven(name), reg,
            address == null || address.isBlank() ? labels.getString("address.none") : address)
        .collect(Collectors.joining("\n"));
  }

  /** One line per step, by date: "12/03/2025 : Mise en demeure". */
  static String steps(List<CertificateStep> steps, DocumentFormat format, ResourceBundle labels) {
    if (steps.isEmpty()) {
      return labels.getString("steps.none");
    }
    return steps.stream().map(s -> MessageFormat.format(labels.getString("step.line"),
            format.date(s.date()), stepText(s, labels)))
        .collect(Collectors.joining("\n"));
  }

  private static String stepText(CertificateStep s, ResourceBundle labels) {
    String text;
    if (s.kind().startsWith("PROCEEDING:")) {
      String route = s.kind().substring("PROCEEDING:".length());
      text = labels.getString("step.PROCEEDING") + " — " + label(labels, "route." + route, route);
    } else {
      text = label(labels, "step." + s.kind(), s.kind());
    }
    return s.detail() == null || s.detail().isBlank() ? text : text + " (" + s.detail() + ")";
  }

  /** A kind added later without its label prints as its name rather than failing the issue. */
  private static String label(ResourceBundle labels, String key, String fallback) {
    return labels.containsKey(key) ? labels.getString(key) : fallback;
  }

  private static String orNotGiven(String value) {
    return value == null || value.isBlank() ? NOT_GIVEN : value;
  }
}
