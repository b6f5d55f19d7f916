package io.recova.agency.casefile.intake;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseIntake;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.NewCase;
import io.recova.agency.casefile.NewCaseRules;
import io.recova.agency.casefile.StandardVatRate;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Imports a creditor's file of unpaid invoices: reads it, reports every row that cannot be taken,
 * and opens the valid cases in one transaction (all of them or, in all-or-nothing mode, none
 * unless every row is valid). Importing the same file again opens nothing twice.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class CaseImport {

  @Inject CaseScope scope;
  @Inject CaseIntake intake;
  @Inject ImportColumnMappings mappings;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject StandardVatRate vatRates;

  /**
   * @param creditorId the creditor, for agency staff; a client user's own creditor otherwise
   * @param format CSV or JSON, or null to tell from the name and the content
   */
  public ImportReport importFile(UUID creditorId, String fileName, byte[] content,
      ImportFormat format, ImportMode mode) {
    UUID creditor = scope.intakeCreditor(creditorId);
    ImportMode chosenMode = mode == null ? ImportMode.VALID_ROWS : mode;
    byte[] bytes = content == null ? new byte[0] : content;
    ImportFormat chosen = format == null ? detect(fileName, bytes) : format;
    ParsedImport parsed = new CaseFileReader().read(bytes, chosen, mappings.read(creditor),
        LocalDate.now(clock));

    List<RowProblem> problems = new ArrayList<>(parsed.problems());
    // The claims' VAT rates against the reference data: a case with one above the standard rate
    // is rejected with the others that fail a check, on the rows that carry it.
    List<ImportedCase> cases = new ArrayList<>();
    StandardVatRate rates = vatRates.readOnce();
    for (ImportedCase c : parsed.cases()) {
      List<FieldViolation> vat = NewCaseRules.checkVatRates(c.command(), rates);
      if (vat.isEmpty()) {
        cases.add(c);
      }
      for (FieldViolation v : vat) {
        int claim = Integer.parseInt(v.field().replaceAll("\\D+", ""));
        int row = c.rows().get(Math.min(claim, c.rows().size() - 1));
        problems.add(new RowProblem(row, v.field(), v.code(), "Row " + row + ": " + v.message()));
      }
    }
    List<NewCase> commands = cases.stream().map(ImportedCase::command).toList();
    List<CaseIntake.BatchStatus> checked = intake.openBatch(creditor, commands, true);
    for (int i = 0; i < checked.size(); i++) {
      if (checked.get(i) == CaseIntake.BatchStatus.REFERENCE_CONFLICT) {
        ImportedCase c = cases.get(i);
        for (int row : c.rows()) {
          problems.add(new RowProblem(row, null, "case.referenceConflict", "Reference "
              + c.reference() + " is already used by a different dossier of this creditor"));
        }
      }
    }
    problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
    boolean refuseAll = parsed.fileRejected()
        || (chosenMode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty());

    List<CaseIntake.BatchStatus> done = checked;
    if (!refuseAll) {
      List<NewCase> accepted = new ArrayList<>();
      for (int i = 0; i < checked.size(); i++) {
        if (checked.get(i) == CaseIntake.BatchStatus.CREATED) {
          accepted.add(commands.get(i));
        }
      }
      intake.openBatch(creditor, accepted, false);
    }
    List<ImportedCaseStatus> statuses = new ArrayList<>();
    int created = 0;
    int present = 0;
    for (int i = 0; i < done.size(); i++) {
      ImportedCase c = cases.get(i);
      String status = refuseAll && done.get(i) == CaseIntake.BatchStatus.CREATED
          ? "NOT_IMPORTED" : done.get(i).name();
      created += status.equals("CREATED") ? 1 : 0;
      present += status.equals("ALREADY_PRESENT") ? 1 : 0;
      statuses.add(new ImportedCaseStatus(c.reference(), c.rows(), status));
    }
    long rejectedRows = problems.stream().map(RowProblem::row).filter(r -> r > 0).distinct()
        .count();
    ImportReport report = new ImportReport(fileName, chosen, parsed.charset(), chosenMode,
        parsed.dataRows(), !refuseAll, created, present, (int) rejectedRows,
        parsed.recognisedHeaders(), parsed.ignoredHeaders(), List.copyOf(problems), statuses);
    audit.record(scope.caller(), "case-import.completed", "CreditorClient", creditor, null,
        new ImportAudit(fileName, Sha256.hex(bytes), bytes.length, chosen, chosenMode,
            parsed.dataRows(), report.committed(), created, present, (int) rejectedRows));
    return report;
  }

  /** What the audit trail keeps of an import: the file by its hash, and the counts. */
  public record ImportAudit(String fileName, String sha256, int bytes, ImportFormat format,
      ImportMode mode, int dataRows, boolean committed, int created, int alreadyPresent,
      int rejectedRows) {}

  static ImportFormat detect(String fileName, byte[] content) {
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return ImportFormat.JSON;
    }
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).matches(".*\\.(csv|txt)$")) {
      return ImportFormat.CSV;
    }
    String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1)
        .replace("\u00ef\u00bb\u00bf", "").stripLeading();
    return start.startsWith("[") || start.startsWith("{") ? ImportFormat.JSON : ImportFormat.CSV;
  }
}
