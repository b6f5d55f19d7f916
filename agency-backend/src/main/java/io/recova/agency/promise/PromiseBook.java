package io.recova.agency.promise;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseTimeline;
import io.recova.agency.payment.CasePayments;
import io.recova.agency.money.Money;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records promises to pay and tells where each stands, from the payments received on the case
 * (net of reversals): kept once paid, broken when its date and grace pass unpaid.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class PromiseBook {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseTimeline timeline;
  @Inject CasePayments payments;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "RECOVA_PROMISE_GRACE_DAYS", defaultValue = "3")
  int graceDays;

  public PromiseView record(UUID caseId, NewPromise command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff record promises");
    }
    LocalDate today = LocalDate.now(clock);
    List<FieldViolation> bad = new ArrayList<>();
    if (command == null || command.amount() == null || command.amount().signum() <= 0
        || command.amount().stripTrailingZeros().scale() > 2) {
      bad.add(new FieldViolation("amount", "amount.positive",
          "The amount promised is above zero, at most two decimals"));
    }
    if (command == null || command.dueDate() == null || command.dueDate().isBefore(today)
        || command.dueDate().isAfter(today.plusYears(1))) {
      bad.add(new FieldViolation("dueDate", "promise.date",
          "A promise falls due between today and a year from now"));
    }
    if (command != null && command.note() != null && command.note().length() > 1000) {
      bad.add(new FieldViolation("note", "tooLong", "At most 1000 characters"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (f.stage().isSuspended() || f.stage().isClosed()) {
      throw new InvalidInputException(List.of(new FieldViolation("case", "promise.stage",
          "No promise on a case that is " + f.stage())));
    }
    Money amount = Money.of(command.amount(), f.currency());
    String note = command.note() == null || command.note().isBlank() ? null
        : command.note().strip();
    Promise promise = new Promise(UUID.randomUUID(), f.id(), amount, today, command.dueDate(),
        clock.instant(), caller.username(), note);
    em.persist(promise);
    PromiseView view = promise.view(statusOf(promise, today));
    timeline.activity(f, caller, "PROMISE · " + amount + " by " + command.dueDate()
        + (note == null ? "" : " — " + note), false);
    audit.record(caller, "promise.recorded", "Case", f.id(), null, view);
    return view;
  }

  public List<PromiseView> of(UUID caseId) {
    scope.load(caseId);
    LocalDate today = LocalDate.now(clock);
    return em.createQuery("select p from Promise p where p.caseId = :id order by p.dueDate",
            Promise.class)
        .setParameter("id", caseId)
        .getResultList().stream().map(p -> p.view(statusOf(p, today))).toList();
  }

  /**
   * The promise-kept rate per collector (who obtained the promise) or per creditor, best first.
   * A creditor's user only ever sees its own creditor's line.
   */
  public List<PromiseRate> keptRates(boolean byCollector) {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() && byCollector) {
      throw new ForbiddenException("Rates per collector are the agency's own figures");
    }
    LocalDate today = LocalDate.now(clock);
    String jpql = "select p, f.creditorId from Promise p, CaseFile f where f.id = p.caseId"
        + (caller.isCreditorScoped() ? " and f.creditorId = :creditor" : "");
    var query = em.createQuery(jpql, Object[].class);
    if (caller.isCreditorScoped()) {
      query.setParameter("creditor", caller.creditorId().orElseThrow());
    }
    java.util.Map<String, List<PromiseStatus>> byKey = new java.util.TreeMap<>();
    for (Object[] row : query.getResultList()) {
      Promise p = (Promise) row[0];
      String key = byCollector ? p.recordedBy() : row[1].toString();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(statusOf(p, today));
    }
    java.util.Map<String, String> names = byCollector ? java.util.Map.of() : creditorNames();
    return byKey.entrySet().stream().map(e -> {
      List<PromiseStatus> statuses = e.getValue();
      return new PromiseRate(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
          statuses.size(), count(statuses, PromiseStatus.KEPT),
          count(statuses, PromiseStatus.BROKEN), count(statuses, PromiseStatus.PENDING),
          PromiseTracking.keptPercent(statuses).orElse(null));
    }).sorted(java.util.Comparator.comparing((PromiseRate r) -> r.keptPercent() == null
            ? BigDecimal.valueOf(-1) : r.keptPercent()).reversed()
        .thenComparing(PromiseRate::label))
        .toList();
  }

  private static long count(List<PromiseStatus> statuses, PromiseStatus status) {
    return statuses.stream().filter(s -> s == status).count();
  }

  private java.util.Map<String, String> creditorNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select id, name from creditor_client")
        .getResultList();
    rows.forEach(r -> names.put(r[0].toString(), (String) r[1]));
    return names;
  }

  private PromiseStatus statusOf(Promise p, LocalDate today) {
    List<PromiseTracking.Received> received = payments.receivedOn(p.caseId(), p.promisedOn())
        .stream().map(r -> new PromiseTracking.Received(r.valueDate(), r.amount())).toList();
    return PromiseTracking.status(p.promisedOn(), p.dueDate(), p.amount(), received, today,
        graceDays);
  }
}
