package io.recova.agency.casefile.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of a file holds which field: the headers Recova recognises by itself, overridden or
 * extended by the creditor's own mapping (an ERP export calling the invoice number "Num pièce").
 * Unknown headers are no error, they are only listed, since exports carry many columns Recova does
 * not need.
 */
public final class ColumnMapping {

  private final List<String> headers;
  private final Map<ImportColumn, Integer> indexByColumn;
  private final List<String> recognised;
  private final List<String> ignored;
  private final List<RowProblem> problems;

  private ColumnMapping(List<String> headers, Map<ImportColumn, Integer> indexByColumn,
      List<String> recognised, List<String> ignored, List<RowProblem> problems) {
    this.headers = headers;
    this.indexByColumn = indexByColumn;
    this.recognised = recognised;
    this.ignored = ignored;
    this.problems = problems;
  }

  /**
   * Maps the header row of a file.
   *
   * @param headers the cells of the header row, in order
   * @param customHeaders the creditor's own headers, compared like the built-in ones; they win over
   *     the built-in recognition, and a header mapped to null is ignored
   */
  public static ColumnMapping of(List<String> headers, Map<String, ImportColumn> customHeaders) {
    Map<String, Optional<ImportColumn>> custom = new HashMap<>();
    if (customHeaders != null) {
      customHeaders.forEach((h, c) -> custom.put(TextKey.of(h), Optional.ofNullable(c)));
    }
    Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
    List<String> recognised = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      if (header == null || header.isBlank()) {
        continue;
      }
      String key = TextKey.of(header);
      Optional<ImportColumn> column =
          custom.containsKey(key) ? custom.get(key) : ImportColumn.recognise(header);
      if (column.isEmpty()) {
        ignored.add(header);
        continue;
      }
      Integer first = index.putIfAbsent(column.get(), i);
      if (first != null) {
        problems.add(RowProblem.ofFile("header.duplicate",
            "Columns '" + headers.get(first) + "' and '" + header + "' both hold the "
                + column.get().label() + "; keep one of them or map the other to nothing"));
      } else {
        recognised.add(header);
      }
    }
    List<ImportColumn> missing = ImportColumn.required().stream()
        .filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      String found = headers.stream().filter(h -> h != null && !h.isBlank())
          .map(h -> "'" + h + "'").collect(Collectors.joining(", "));
      problems.add(RowProblem.ofFile("header.missing",
          "The file has no column for the "
              + missing.stream().map(ImportColumn::label).collect(Collectors.joining(", "))
              + "; row 1 has the headers " + (found.isEmpty() ? "(none)" : found)));
    }
    return new ColumnMapping(List.copyOf(headers), index, List.copyOf(recognised),
        List.copyOf(ignored), List.copyOf(problems));
  }

  /** The index of the column holding a field, if the file has one. */
  public Optional<Integer> indexOf(ImportColumn column) {
    return Optional.ofNullable(indexByColumn.get(column));
  }

  public boolean has(ImportColumn column) {
    return indexByColumn.containsKey(column);
  }

  /** The header as the file writes it, or null when the file has no such column. */
  public String header(ImportColumn column) {
    Integer i = indexByColumn.get(column);
    return i == null ? null : headers.get(i);
  }

  /** The number of header cells, to tell a row with extra cells. */
  public int width() {
    return headers.size();
  }

  /** The headers mapped to a field, in file order. */
  public List<String> recognisedHeaders() {
    return recognised;
  }

  /** The headers of columns Recova does not read, in file order. */
  public List<String> ignoredHeaders() {
    return ignored;
  }

  /** Problems that make the whole file unusable (row 0): a missing or twice-mapped column. */
  public List<RowProblem> problems() {
    return problems;
  }

  /** Which field each mapped column holds, for tests and the preview screen. */
  public Map<ImportColumn, String> headersByColumn() {
    Map<ImportColumn, String> out = new EnumMap<>(ImportColumn.class);
    indexByColumn.forEach((c, i) -> out.put(c, headers.get(i)));
    return Collections.unmodifiableMap(out);
  }
}
