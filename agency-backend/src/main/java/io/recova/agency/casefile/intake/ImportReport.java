package io.recova.agency.casefile.intake;

import java.util.List;

/**
 * The answer to an import: what was read, what was stored, and every row that was not, with why.
 *
 * @param committed whether the valid cases were stored (false when all-or-nothing refused)
 */
public record ImportReport(
    String fileName,
    ImportFormat format,
    String charset,
    ImportMode mode,
    int dataRows,
    boolean committed,
    int casesCreated,
    int casesAlreadyPresent,
    int casesRejected,
    List<String> recognisedHeaders,
    List<String> ignoredHeaders,
    List<RowProblem> problems,
    List<ImportedCaseStatus> cases) {}
