package io.recova.reports.remittance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One printed row of the statement: a payment, or one fee line under it, already formatted. The
 * template reads the fields of the same names.
 */
record StatementRow(String date, String caseReference, String label, String amount, String vat) {

  Map<String, ?> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("date", date);
    fields.put("caseReference", caseReference);
    fields.put("label", label);
    fields.put("amount", amount);
    fields.put("vat", vat);
    return fields;
  }
}
