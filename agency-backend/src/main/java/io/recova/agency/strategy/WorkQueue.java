package io.recova.agency.strategy;

import io.recova.agency.activity.ActivityKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseValuator;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.promise.PromiseBook;
import io.recova.agency.promise.PromiseStatus;
import io.recova.agency.promise.PromiseView;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import io.recova.agency.valuation.CaseBalance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Today's work: the open tasks due by today, on the collector's own cases and the unassigned
 * ones (a manager sees everyone's), highest priority first, each with its reasons.
 */
@ApplicationScoped
@Transactional
public class WorkQueue {

  static final int MAX_ITEMS = 200;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject CaseValuator valuator;
  @Inject PromiseBook promiseBook;
  @Inject Clock clock;

  public List<QueueItem> today() {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("The work queue is for agency staff");
    }
    LocalDate today = LocalDate.now(clock);
    boolean everyone = caller.has(Role.MANAGER) || caller.has(Role.ADMIN);
    var query = em.createNativeQuery("select t.id, t.case_id, t.channel, t.template, t.tone,"
            + " t.due_on from task t join case_file c on c.id = t.case_id"
            + " where t.status = 'OPEN' and t.due_on <= ?"
            + " and (c.stage in ('NEW', 'AMICABLE', 'FORMAL_NOTICE')"
            // A procedural deadline is worked whatever the stage, short of a closed case.
            + " or (t.judicial_step_id is not null and c.stage in ('JUDICIAL', 'ENFORCEMENT',"
            + " 'PAYMENT_PLAN')))"
            + (everyone ? "" : " and (c.assigned_collector = ? or c.assigned_collector is null)")
            + " order by t.due_on, t.id limit " + MAX_ITEMS * 5)
        .setParameter(1, java.sql.Date.valueOf(today));
    if (!everyone) {
      query.setParameter(2, caller.username());
    }
    List<?> rows = query.getResultList();
    List<QueueItem> items = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      CaseFile f = em.find(CaseFile.class, uuid(r[1]));
      CaseBalance balance = valuator.value(f, today);
      List<PromiseStatus> promises = promiseStatuses(f.id());
      PriorityScore.Score score = PriorityScore.of(new PriorityScore.Facts(
          balance.due().amount(),
          Math.max(0, ChronoUnit.DAYS.between(f.summary().earliestDueDate(), today)),
          f.debtor().profile(),
          (int) promises.stream().filter(s -> s == PromiseStatus.BROKEN).count(),
          (int) promises.stream().filter(s -> s == PromiseStatus.KEPT).count(),
          ChronoUnit.DAYS.between(today, f.limitationDate())));
      items.add(new QueueItem(uuid(r[0]), f.id(), f.externalReference(), f.debtor().name(),
          f.assignedCollector().orElse(null), ActivityKind.valueOf((String) r[2]),
          (String) r[3], Tone.valueOf((String) r[4]), ((java.sql.Date) r[5]).toLocalDate(),
          balance.due(), score.points(), score.reasons()));
    }
    items.sort(Comparator.comparingInt(QueueItem::priority).reversed()
        .thenComparing(QueueItem::dueOn));
    return List.copyOf(items.subList(0, Math.min(MAX_ITEMS, items.size())));
  }

  /** Marks a task done; only agency staff, and only an open one. */
  public void done(UUID taskId) {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Tasks are for agency staff");
    }
    int updated = em.createNativeQuery("update task set status = 'DONE', done_at = now(),"
            + " done_by = ? where id = ? and status = 'OPEN'")
        .setParameter(1, caller.username())
        .setParameter(2, taskId)
        .executeUpdate();
    if (updated == 0) {
      throw new NotFoundException("Open task", taskId);
    }
  }

  private List<PromiseStatus> promiseStatuses(UUID caseId) {
    return promiseBook.of(caseId).stream().map(PromiseView::status).toList();
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }
}
