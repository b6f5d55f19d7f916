package io.recova.agency.casefile.intake;

import io.recova.agency.casefile.NewCase;
import java.util.List;

/**
 * A case read from a file that passed every check.
 *
 * @param reference the case's external reference (the invoice number when the file has none)
 * @param rows the rows it was read from, in order (for JSON, its 1-based index)
 * @param command the intake command; its creditor is null, the service fills it in
 */
public record ImportedCase(String reference, List<Integer> rows, NewCase command) {

  public ImportedCase {
    rows = List.copyOf(rows);
  }
}
