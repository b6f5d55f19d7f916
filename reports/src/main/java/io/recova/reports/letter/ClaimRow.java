package io.recova.reports.letter;

import io.recova.agency.letter.LetterClaimLine;
import io.recova.reports.i18n.DocumentFormat;
import java.util.Map;

/**
 * One line of the letter's table of claims, formatted for its language. Each component fills the
 * template field of the same name ({@code collection-letter.jrxml}).
 */
record ClaimRow(
    String invoiceNumber,
    String invoiceDate,
    String dueDate,
    String principal,
    String interest,
    String indemnity,
    String paid,
    String due) {

  static ClaimRow of(LetterClaimLine line, DocumentFormat format) {
    return new ClaimRow(
        line.invoiceNumber(),
        format.date(line.invoiceDate()),
        format.date(line.dueDate()),
        format.money(line.principal()),
        format.money(line.interest()),
        format.money(line.indemnity()),
        format.money(line.paid()),
        format.money(line.due()));
  }

  /** The row as the map data source hands it to the template, by component name. */
  Map<String, Object> fields() {
    return TemplateValues.of(this);
  }
}
