package io.recova.agency.casefile;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Page;
import io.recova.agency.security.Caller;
import io.recova.agency.valuation.CaseBalance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Reading cases: the portfolio list, one dossier, its balance at a date, its documents. */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class CasePortfolio {

  /** No valuation before this: nothing entrusted to Recova is that old. */
  static final LocalDate EARLIEST_VALUATION = LocalDate.of(1990, 1, 1);

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseValuator valuator;
  @Inject CaseChanges changes;
  @Inject Clock clock;

  public Page<CaseSummary> search(CaseQuery query) {
    CaseQuery q = query == null ? CaseQuery.firstPage() : query;
    Optional<UUID> creditor = scope.listedCreditor(q.creditorId());
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    creditor.ifPresent(c -> {
      where.append(" and c.creditorId = :creditor");
      params.put("creditor", c);
    });
    if (q.stages() != null && !q.stages().isEmpty()) {
      where.append(" and c.stage in :stages");
      params.put("stages", q.stages().stream().map(Stage::name).toList());
    }
    if (q.text() != null && !q.text().isBlank()) {
      String text = q.text().strip().toLowerCase(Locale.ROOT)
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      where.append(" and (lower(c.debtorName) like :anywhere escape '\\'"
          + " or lower(c.externalReference) like :prefix escape '\\')");
      params.put("anywhere", "%" + text + "%");
      params.put("prefix", text + "%");
    }
    if (q.minAmount() != null) {
      where.append(" and c.principalTotal >= :min");
      params.put("min", q.minAmount());
    }
    if (q.maxAmount() != null) {
      where.append(" and c.principalTotal <= :max");
      params.put("max", q.maxAmount());
    }
    if (q.dueFrom() != null) {
      where.append(" and c.earliestDueDate >= :dueFrom");
      params.put("dueFrom", q.dueFrom());
    }
    if (q.dueTo() != null) {
      where.append(" and c.earliestDueDate <= :dueTo");
      params.put("dueTo", q.dueTo());
    }
    if (q.collector() != null && !q.collector().isBlank()) {
      where.append(" and c.assignedCollector = :collector");
      params.put("collector", q.collector().strip());
    }
    CaseSort sort = q.sort() == null ? CaseSort.OPENED : q.sort();
    String direction = q.descending() ? " desc" : " asc";
    int size = Math.max(1, Math.min(q.size(), Page.MAX_SIZE));
    int page = Math.max(0, q.page());
    // The page's columns only, the debtor's kind by a join and the number of claims by a
    // subquery, in one statement as the bare SQL does it: loading the cases as entities read
    // their debtors, claims and the debtors' collections in five more queries, and the page was
    // 3.3x its bare SQL at 100,000 cases (issue 8).
    TypedQuery<Object[]> rows = em.createQuery("select c.id, c.creditorId, c.externalReference,"
        + " c.debtorName, d.kind, c.stage, c.assignedCollector, c.principalTotal, c.currency,"
        + " c.earliestDueDate, c.limitationDate,"
        + " (select count(l) from Claim l where l.caseFile = c), c.openedAt"
        + " from CaseFile c join c.debtor d" + where
        + " order by " + sort.path() + direction + ", c.id" + direction, Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(c) from CaseFile c" + where, Long.class);
    params.forEach(bind(rows, count));
    // Planned for these values each time: once prepared and run a few times, the page got
    // PostgreSQL's generic plan, blind to how selective the creditor, stage and search are
    // (2.9x its bare SQL on 1,000,000 cases, issue 8). Local to this transaction.
    em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
        .getSingleResult();
    List<CaseSummary> items = rows.setFirstResult(page * size).setMaxResults(size)
        .getResultList().stream().map(CasePortfolio::summary).toList();
    return new Page<>(items, page, size, count.getSingleResult());
  }

  private static CaseSummary summary(Object[] r) {
    return new CaseSummary((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
        DebtorKind.valueOf((String) r[4]), Stage.valueOf((String) r[5]), (String) r[6],
        (java.math.BigDecimal) r[7], (String) r[8], (LocalDate) r[9], (LocalDate) r[10],
        ((Number) r[11]).intValue(), (java.time.Instant) r[12]);
  }

  private static java.util.function.BiConsumer<String, Object> bind(TypedQuery<?>... queries) {
    return (name, value) -> {
      for (TypedQuery<?> query : queries) {
        query.setParameter(name, value);
      }
    };
  }

  public CaseDetail get(UUID id) {
    CaseFile f = scope.load(id);
    Caller caller = scope.caller();
    LocalDate today = LocalDate.now(clock);
    List<TimelineEntry> timeline = changes.timeline(id).stream()
        .filter(e -> !caller.isCreditorScoped() || !e.internal())
        .map(CaseEvent::view).toList();
    return new CaseDetail(f.summary(), f.suspendedFrom().orElse(null),
        f.formalNoticeDate().orElse(null), f.judgmentDate().orElse(null),
        f.judgmentServedOn().orElse(null), f.debtor().view(),
        f.claims().stream().map(Claim::view).toList(), valuator.value(f, today),
        documentsOf(id), timeline,
        caller.isCreditorScoped() ? java.util.Set.of()
            : CaseLifecycle.nextStages(f.stage(), f.suspendedFrom().orElse(null)));
  }

  public CaseBalance balance(UUID id, LocalDate asOf) {
    CaseFile f = scope.load(id);
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    if (day.isBefore(EARLIEST_VALUATION) || day.isAfter(LocalDate.now(clock).plusYears(50))) {
      throw new InvalidInputException(List.of(new FieldViolation("asOf", "asOf.range",
          "Value a case between " + EARLIEST_VALUATION + " and fifty years from now")));
    }
    return valuator.value(f, day);
  }

  public List<DocumentView> documents(UUID caseId) {
    scope.load(caseId);
    return documentsOf(caseId);
  }

  public StoredDocument document(UUID caseId, UUID documentId) {
    scope.load(caseId);
    CaseDocument d = em.find(CaseDocument.class, documentId);
    if (d == null || !d.caseId().equals(caseId)) {
      throw new NotFoundException("Document", documentId);
    }
    byte[] content = (byte[]) em.createNativeQuery(
            "select content from case_document_content where document_id = ?")
        .setParameter(1, documentId)
        .getSingleResult();
    return new StoredDocument(d.view(), content);
  }

  private List<DocumentView> documentsOf(UUID caseId) {
    return em.createQuery("select d from CaseDocument d where d.caseId = :id"
            + " order by d.uploadedAt, d.id", CaseDocument.class)
        .setParameter("id", caseId)
        .getResultList().stream().map(CaseDocument::view).toList();
  }

  /** Visits every case of a query, page by page, for an export that does not hold them all. */
  public void forEach(CaseQuery query, Consumer<CaseSummary> visitor) {
    int page = 0;
    List<CaseSummary> items;
    do {
      CaseQuery q = new CaseQuery(query.stages(), query.text(), query.minAmount(),
          query.maxAmount(), query.dueFrom(), query.dueTo(), query.collector(),
          query.creditorId(), query.sort(), query.descending(), page++, Page.MAX_SIZE);
      items = new ArrayList<>(search(q).items());
      items.forEach(visitor);
    } while (items.size() == Page.MAX_SIZE);
  }
}
