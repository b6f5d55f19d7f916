package io.recova.agency.casefile.intake;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A creditor's own column headers, mapped once and used for every later file of that creditor.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class ImportColumnMappings {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject AuditTrail audit;

  /** The mapping of the caller's creditor (or, for agency staff, of the creditor named). */
  public Map<String, ImportColumn> of(UUID creditorId) {
    return read(scope.intakeCreditor(creditorId));
  }

  Map<String, ImportColumn> read(UUID creditor) {
    Map<String, ImportColumn> mapping = new TreeMap<>();
    List<?> rows = em.createNativeQuery("select header, column_name from import_column_mapping"
            + " where creditor_id = ? order by header")
        .setParameter(1, creditor)
        .getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      mapping.put((String) cells[0], ImportColumn.valueOf((String) cells[1]));
    }
    return mapping;
  }

  /** Replaces the creditor's mapping; audited with before and after. */
  public Map<String, ImportColumn> replace(UUID creditorId, Map<String, ImportColumn> mapping) {
    UUID creditor = scope.intakeCreditor(creditorId);
    Map<String, ImportColumn> clean = new LinkedHashMap<>();
    List<FieldViolation> bad = new ArrayList<>();
    (mapping == null ? Map.<String, ImportColumn>of() : mapping).forEach((header, column) -> {
      if (header == null || header.isBlank() || header.strip().length() > 100 || column == null) {
        bad.add(new FieldViolation("mapping", "mapping.invalid",
            "Each header (at most 100 characters) maps to one of the import columns"));
      } else {
        clean.put(header.strip(), column);
      }
    });
    if (clean.size() > 100) {
      bad.add(new FieldViolation("mapping", "mapping.tooLarge", "At most 100 mapped headers"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad.subList(0, 1));
    }
    Map<String, ImportColumn> before = read(creditor);
    em.createNativeQuery("delete from import_column_mapping where creditor_id = ?")
        .setParameter(1, creditor).executeUpdate();
    clean.forEach((header, column) -> em.createNativeQuery(
            "insert into import_column_mapping (creditor_id, header, column_name) values (?, ?, ?)")
        .setParameter(1, creditor).setParameter(2, header).setParameter(3, column.name())
        .executeUpdate());
    Map<String, ImportColumn> after = read(creditor);
    audit.record(scope.caller(), "import-mapping.replaced", "CreditorClient", creditor, before,
        after);
    return after;
  }
}
