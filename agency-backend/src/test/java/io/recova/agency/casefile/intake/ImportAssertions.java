package io.recova.agency.casefile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

/** Checks every test of a file makes: no row may vanish between the file and the report. */
final class ImportAssertions {

  private ImportAssertions() {}

  /** Every given non-blank row is in exactly one accepted case or named by a problem, not both. */
  static void everyRowIsAccountedFor(ParsedImport parsed, Set<Integer> nonBlankRows) {
    Set<Integer> accepted = new TreeSet<>();
    parsed.cases().forEach(c -> c.rows().forEach(r -> assertThat(accepted.add(r))
        .as("row %d in two cases", r).isTrue()));
    Set<Integer> reported = new TreeSet<>();
    parsed.problems().forEach(p -> reported.add(p.row()));
    assertThat(parsed.dataRows()).isEqualTo(nonBlankRows.size());
    for (int row : nonBlankRows) {
      assertThat(accepted.contains(row) || reported.contains(row))
          .as("row %d is neither accepted nor reported", row).isTrue();
      assertThat(accepted.contains(row) && reported.contains(row))
          .as("row %d is both accepted and reported", row).isFalse();
    }
    assertThat(accepted).isSubsetOf(nonBlankRows);
  }
}
