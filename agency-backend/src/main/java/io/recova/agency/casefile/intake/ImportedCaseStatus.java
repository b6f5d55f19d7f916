package io.recova.agency.casefile.intake;

import java.util.List;

/**
 * What became of one case of a file.
 *
 * @param status CREATED, ALREADY_PRESENT (imported before, identical), REFERENCE_CONFLICT (the
 *     reference names a different dossier already), or NOT_IMPORTED (all-or-nothing refused)
 */
public record ImportedCaseStatus(String reference, List<Integer> rows, String status) {}
