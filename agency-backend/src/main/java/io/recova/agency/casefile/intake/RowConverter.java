package io.recova.agency.casefile.intake;

import io.recova.agency.casefile.NewClaim;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the cells of one CSV row into typed values. A cell that cannot be read becomes a problem
 * at its row and column and a null value; the case rules then skip what is already reported.
 * Cells are only ever read as text: a formula such as "=HYPERLINK(...)" stays a string.
 */
final class RowConverter {

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  private final ColumnMapping mapping;

  RowConverter(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  ClaimRow convert(int row, List<String> cells, List<RowProblem> problems) {
    Reading r = new Reading(row, cells, problems);
    String invoiceNumber = r.text(ImportColumn.INVOICE_NUMBER);
    String reference = r.text(ImportColumn.CASE_REFERENCE);
    if (reference == null) {
      // Without a case reference, each invoice is its own case and names it.
      reference = invoiceNumber;
    }
    NewClaim claim = new NewClaim(
        invoiceNumber,
        r.typed(ImportColumn.INVOICE_DATE, DateParser::parse),
        r.typed(ImportColumn.DUE_DATE, DateParser::parse),
        r.typed(ImportColumn.PRINCIPAL, AmountParser::parse),
        currency(r.text(ImportColumn.CURRENCY)),
        r.typed(ImportColumn.NATURE, ClaimNatureWords::parse),
        r.typed(ImportColumn.CONTRACT_RATE, RowConverter::percent),
        r.typed(ImportColumn.VAT_RATE, RowConverter::percent));

    Map<ImportColumn, Object> caseValues = new EnumMap<>(ImportColumn.class);
    for (ImportColumn column : ImportColumn.values()) {
      if (column.claimLevel() || column == ImportColumn.CASE_REFERENCE) {
        continue;
      }
      Object value = switch (column) {
        case DEBTOR_KIND -> r.typed(column, DebtorKindWords::parse);
        case FORMAL_NOTICE_DATE -> r.typed(column, DateParser::parse);
        case DEBTOR_COUNTRY -> CountryNames.toCode(r.text(column));
        default -> r.text(column);
      };
      if (value != null) {
        caseValues.put(column, value);
      }
    }
    restoreLeadingZero(caseValues);
    return new ClaimRow(row, reference, caseValues, claim, cells);
  }

  /**
   * Excel reads a French postal code such as 01000 as the number 1000 and exports it so; a French
   * code always has five digits, so the lost zero is put back.
   */
  private static void restoreLeadingZero(Map<ImportColumn, Object> values) {
    Object code = values.get(ImportColumn.DEBTOR_POSTAL_CODE);
    Object country = values.get(ImportColumn.DEBTOR_COUNTRY);
    boolean french = country == null || "FR".equalsIgnoreCase(country.toString().strip());
    if (french && code instanceof String s && FOUR_DIGITS.matcher(s).matches()) {
      values.put(ImportColumn.DEBTOR_POSTAL_CODE, "0" + s);
    }
  }

  private static String currency(String cell) {
    if (cell == null) {
      return null;
    }
    return "€".equals(cell) ? "EUR" : cell.toUpperCase(Locale.ROOT);
  }

  /** A rate as written, "8", "8,5" or "8,5 %". */
  private static BigDecimal percent(String cell) {
    String s = cell == null ? null : cell.strip();
    if (s != null && s.endsWith("%")) {
      s = s.substring(0, s.length() - 1);
    }
    return AmountParser.parse(s);
  }

  /** The cells of one row and the problems found reading them. */
  private final class Reading {
    private final int row;
    private final List<String> cells;
    private final List<RowProblem> problems;

    Reading(int row, List<String> cells, List<RowProblem> problems) {
      this.row = row;
      this.cells = cells;
      this.problems = problems;
    }

    String text(ImportColumn column) {
      return mapping.indexOf(column)
          .filter(i -> i < cells.size())
          .map(i -> CellText.singleLine(cells.get(i)))
          .orElse(null);
    }

    <T> T typed(ImportColumn column, Function<String, T> parser) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return parser.apply(text);
      } catch (CellFormatException e) {
        problems.add(RowProblem.atCell(row, mapping.header(column), e.code(), e.getMessage()));
        return null;
      }
    }
  }
}
