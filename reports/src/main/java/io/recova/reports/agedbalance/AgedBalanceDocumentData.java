package io.recova.reports.agedbalance;

import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the aged balance prints, formatted for its language: the heading, one row per bucket with
 * the API's figures, the totals and the definition.
 *
 * @param creditorName the creditor of the report's scope, or null for every creditor
 */
record AgedBalanceDocumentData(Map<String, Object> parameters, List<Map<String, ?>> rows) {

  static AgedBalanceDocumentData of(AgedBalanceReport report, String creditorName,
      AgencyIdentity agency, DocumentFormat format, ResourceBundle labels, LocalDate printedOn) {
    NumberFormat count = NumberFormat.getIntegerInstance(format.locale());
    List<Map<String, ?>> rows = report.buckets().stream()
        .<Map<String, ?>>map(b -> row(b.label(), count.format(b.claims()),
            format.money(b.amount())))
        .toList();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("agencyName", agency.name());
    parameters.put("agencyAddress", agency.address());
    parameters.put("scope", scope(creditorName, report.collector(), labels));
    parameters.put("asOf", format.date(report.asOf()));
    parameters.put("totalClaims", count.format(report.totalClaims()));
    parameters.put("totalAmount", format.money(report.totalAmount()));
    parameters.put("definition", report.definition());
    parameters.put("printedOn", format.date(printedOn));
    return new AgedBalanceDocumentData(parameters, rows);
  }

  private static String scope(String creditorName, String collector, ResourceBundle labels) {
    if (creditorName != null && collector != null) {
      return MessageFormat.format(labels.getString("scope.both"), creditorName, collector);
    }
    if (creditorName != null) {
      return MessageFormat.format(labels.getString("scope.creditor"), creditorName);
    }
    if (collector != null) {
      return MessageFormat.format(labels.getString("scope.collector"), collector);
    }
    return labels.getString("scope.agency");
  }

  private static Map<String, ?> row(String bucket, String claims, String amount) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("bucket", bucket);
    fields.put("claims", claims);
    fields.put("amount", amount);
    return fields;
  }
}
