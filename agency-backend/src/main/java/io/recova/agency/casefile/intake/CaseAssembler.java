package io.recova.agency.casefile.intake;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.casefile.DebtorKind;
import io.recova.agency.casefile.NewCase;
import io.recova.agency.casefile.NewCaseRules;
import io.recova.agency.casefile.NewClaim;
import io.recova.agency.casefile.NewDebtor;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.platform.FieldViolation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the rows of a CSV file into cases: rows with the same reference become one case, its
 * claims in row order; the case rules then run on each, and their violations are put back on the
 * row and column the creditor has to fix. A case with any problem is rejected whole, since
 * importing part of a dossier would lose the rest on the next import of the corrected file.
 */
final class CaseAssembler {

  private static final Pattern CLAIM_PATH = Pattern.compile("claims\\[(\\d+)](?:\\.(.+))?");
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final ColumnMapping mapping;
  private final LocalDate today;

  CaseAssembler(ColumnMapping mapping, LocalDate today) {
    this.mapping = mapping;
    this.today = today;
  }

  /**
   * Assembles the cases and adds their problems to {@code problems}, which already holds those
   * found reading the cells.
   */
  List<ImportedCase> assemble(List<ClaimRow> rows, List<RowProblem> problems) {
    Map<String, List<ClaimRow>> groups = new LinkedHashMap<>();
    for (ClaimRow row : rows) {
      // A row with neither reference nor invoice number is a case of its own, for the rules.
      String key = row.reference() == null ? "\u0000" + row.row() : row.reference();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    Set<Integer> badRows = new HashSet<>();
    Set<String> badCells = new HashSet<>();
    problems.forEach(p -> note(p, badRows, badCells));
    List<ImportedCase> cases = new ArrayList<>();
    for (List<ClaimRow> group : groups.values()) {
      List<RowProblem> found = new ArrayList<>();
      NewCase command = assembleOne(group, found, badCells);
      found.forEach(p -> note(p, badRows, badCells));
      problems.addAll(found);
      List<Integer> rowNumbers = group.stream().map(ClaimRow::row).toList();
      Set<Integer> failing = rowNumbers.stream().filter(badRows::contains)
          .collect(Collectors.toCollection(TreeSet::new));
      if (failing.isEmpty()) {
        cases.add(new ImportedCase(command.externalReference(), rowNumbers, command));
      } else {
        rejectTheRest(group, failing, command.externalReference(), problems);
      }
    }
    return cases;
  }

  private NewCase assembleOne(List<ClaimRow> group, List<RowProblem> found, Set<String> badCells) {
    String reference = group.get(0).reference();
    Map<ImportColumn, Given> given = mergeCaseValues(group, reference, found);
    List<ClaimNature> natures = group.stream().map(r -> r.claim().nature()).toList();
    DebtorKind kind = CaseDefaults.kind((DebtorKind) value(given, ImportColumn.DEBTOR_KIND),
        text(given, ImportColumn.DEBTOR_REGISTRATION_NUMBER), natures);
    List<NewClaim> claims = group.stream().map(r -> withNature(r.claim(), kind)).toList();
    PostalAddress address = new PostalAddress(
        text(given, ImportColumn.DEBTOR_ADDRESS_LINE1),
        text(given, ImportColumn.DEBTOR_ADDRESS_LINE2),
        text(given, ImportColumn.DEBTOR_POSTAL_CODE),
        text(given, ImportColumn.DEBTOR_CITY),
        text(given, ImportColumn.DEBTOR_COUNTRY));
    NewDebtor debtor = new NewDebtor(kind,
        text(given, ImportColumn.DEBTOR_NAME),
        text(given, ImportColumn.DEBTOR_REGISTRATION_NUMBER),
        NewCaseRules.isEmpty(address) && address.countryCode() == null ? null : address,
        text(given, ImportColumn.DEBTOR_EMAIL),
        text(given, ImportColumn.DEBTOR_PHONE));
    NewCase command = new NewCase(null, reference, debtor, claims,
        (LocalDate) value(given, ImportColumn.FORMAL_NOTICE_DATE));
    for (FieldViolation v : NewCaseRules.check(command, today)) {
      RowProblem p = locate(v, group, given);
      String cell = p.row() + "\u0000" + p.column();
      if (p.column() == null || badCells.add(cell)) {
        found.add(p);
      }
    }
    return command;
  }

  /**
   * The case's debtor and formal notice date, taken from the first row that gives each. A blank
   * cell on a later row is fine (many exports fill the debtor only once); a different value is
   * not, since Recova could not tell which one is right.
   */
  private Map<ImportColumn, Given> mergeCaseValues(
      List<ClaimRow> group, String reference, List<RowProblem> found) {
    Map<ImportColumn, Given> given = new EnumMap<>(ImportColumn.class);
    for (ClaimRow row : group) {
      row.caseValues().forEach((column, value) -> {
        Given first = given.putIfAbsent(column, new Given(value, row.row()));
        if (first != null && !same(column, first.value(), value)) {
          String what = column == ImportColumn.FORMAL_NOTICE_DATE
              ? "the same formal notice date" : "the same debtor";
          found.add(RowProblem.atCell(row.row(), mapping.header(column),
              "case.inconsistentDebtor",
              "Case '" + reference + "' has " + shown(first.value()) + " as " + column.label()
                  + " on row " + first.row() + " but " + shown(value) + " here; all rows of a"
                  + " case must give " + what));
        }
      });
    }
    return given;
  }

  /** Spelling differences that do not make another debtor: case and spacing, SIREN grouping. */
  private static boolean same(ImportColumn column, Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      if (column == ImportColumn.DEBTOR_REGISTRATION_NUMBER) {
        return x.replaceAll("\\D", "").equals(y.replaceAll("\\D", ""));
      }
      return loose(x).equals(loose(y));
    }
    return a.equals(b);
  }

  private static String loose(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String shown(Object value) {
    return value instanceof LocalDate d ? d.format(FRENCH_DATE) : "'" + value + "'";
  }

  private static NewClaim withNature(NewClaim c, DebtorKind kind) {
    return c.withNature(CaseDefaults.nature(c.nature(), kind));
  }

  /** Puts a rule's violation on the row and column where the creditor can fix it. */
  private RowProblem locate(FieldViolation v, List<ClaimRow> group, Map<ImportColumn, Given> given) {
    ClaimRow first = group.get(0);
    Matcher claim = CLAIM_PATH.matcher(v.field());
    if (claim.matches()) {
      ClaimRow row = group.get(Integer.parseInt(claim.group(1)));
      ImportColumn column = claim.group(2) == null
          ? null : ImportColumn.byPath(claim.group(2), true).orElse(null);
      return at(row, column, v);
    }
    if (v.field().equals("claims")) {
      return at(first, v.code().startsWith("currency") ? ImportColumn.CURRENCY : null, v);
    }
    if (v.field().equals("externalReference")) {
      return at(first, mapping.has(ImportColumn.CASE_REFERENCE)
          ? ImportColumn.CASE_REFERENCE : ImportColumn.INVOICE_NUMBER, v);
    }
    ImportColumn column = ImportColumn.byPath(v.field(), false).orElse(null);
    Given where = column == null ? null : given.get(column);
    ClaimRow row = where == null
        ? first : group.stream().filter(r -> r.row() == where.row()).findFirst().orElse(first);
    return at(row, column, v);
  }

  private RowProblem at(ClaimRow row, ImportColumn column, FieldViolation v) {
    String header = column == null ? null : mapping.header(column);
    if (header != null) {
      String cell = mapping.indexOf(column).filter(i -> i < row.cells().size())
          .map(i -> CellText.singleLine(row.cells().get(i))).orElse(null);
      String reason = cell == null || v.message().contains(cell)
          ? v.message() : v.message() + " (the cell reads '" + cell + "')";
      return RowProblem.atCell(row.row(), header, v.code(), reason);
    }
    if (column != null) {
      return RowProblem.atRow(row.row(), v.code(),
          "The " + column.label() + " (the file has no such column): " + v.message());
    }
    return RowProblem.atRow(row.row(), v.code(), v.message());
  }

  private static void rejectTheRest(
      List<ClaimRow> group, Set<Integer> failing, String reference, List<RowProblem> problems) {
    String rows = failing.stream().map(String::valueOf).collect(Collectors.joining(", "));
    String ref = reference == null ? "" : " '" + reference + "'";
    for (ClaimRow row : group) {
      if (!failing.contains(row.row())) {
        problems.add(new RowProblem(row.row(), null, "case.rejectedWithRow",
            "Row " + row.row() + ": not imported because case" + ref + " has a problem on row"
                + (failing.size() > 1 ? "s " : " ") + rows
                + "; a case is imported with all its rows or not at all"));
      }
    }
  }

  private static void note(RowProblem p, Set<Integer> badRows, Set<String> badCells) {
    badRows.add(p.row());
    if (p.column() != null) {
      badCells.add(p.row() + "\u0000" + p.column());
    }
  }

  private static Object value(Map<ImportColumn, Given> given, ImportColumn column) {
    Given g = given.get(column);
    return g == null ? null : g.value();
  }

  private static String text(Map<ImportColumn, Given> given, ImportColumn column) {
    return (String) value(given, column);
  }

  /** A case's value and the first row that gave it. */
  private record Given(Object value, int row) {}
}
