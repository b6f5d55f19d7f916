package io.recova.agency.strategy;

import io.recova.agency.activity.ActivityKind;
import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.DebtorProfile;
import io.recova.agency.security.Caller;
import io.recova.agency.valuation.ClaimNature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The daily job: for every case being worked amicably, the next step of its strategy becomes a
 * task when its day has come. It runs exactly once at a time across all application instances (a
 * PostgreSQL advisory lock held until commit; an instance that cannot take it skips), and a
 * re-run creates nothing new: a step gives one task (unique key), and a case gets at most one new
 * task a day.
 */
@ApplicationScoped
public class TaskGeneration {

  /** The advisory lock key of the job ("TASK"). */
  static final long LOCK = 0x5441534BL;

  static final List<String> WORKED_STAGES = List.of("NEW", "AMICABLE", "FORMAL_NOTICE");
  private static final int PAGE = 1000;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** What a run did. */
  public record RunResult(boolean ran, LocalDate day, int casesExamined, int tasksCreated) {}

  private record StrategyDef(UUID id, Segment segment, List<StrategyStep> steps) {}

  @Transactional
  public RunResult run(LocalDate today, Caller actor) {
    Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK
        + ")").getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return new RunResult(false, today, 0, 0);
    }
    List<StrategyDef> strategies = strategies();
    int examined = 0;
    int created = 0;
    UUID after = new UUID(0, 0);
    while (true) {
      List<?> rows = em.createNativeQuery("select c.id, c.principal_total, c.earliest_due_date,"
              + " d.profile, (select k.nature from claim k where k.case_id = c.id"
              + " order by k.position limit 1)"
              + " from case_file c join debtor d on d.id = c.debtor_id"
              + " where c.stage in ('NEW', 'AMICABLE', 'FORMAL_NOTICE') and c.id > ?"
              + " order by c.id limit " + PAGE)
          .setParameter(1, after)
          .getResultList();
      if (rows.isEmpty()) {
        break;
      }
      List<UUID> ids = new ArrayList<>();
      for (Object row : rows) {
        ids.add(uuid(((Object[]) row)[0]));
      }
      Map<UUID, List<Object[]>> tasks = tasksOf(ids);
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        UUID caseId = uuid(r[0]);
        after = caseId;
        examined++;
        List<Object[]> existing = tasks.getOrDefault(caseId, List.of());
        if (existing.stream().anyMatch(t -> toDate(t[2]).equals(today))) {
          continue;
        }
        ClaimNature nature = ClaimNature.valueOf((String) r[4]);
        Optional<StrategyDef> strategy = strategies.stream()
            .filter(s -> s.segment().matches(nature, (BigDecimal) r[1],
                DebtorProfile.valueOf((String) r[3])))
            .findFirst();
        if (strategy.isEmpty()) {
          continue;
        }
        List<LocalDate> createdOn = existing.stream()
            // A breached payment plan's task has no strategy behind it.
            .filter(t -> t[0] != null && uuid(t[0]).equals(strategy.get().id()))
            .sorted((a, b) -> Integer.compare(((Number) a[1]).intValue(),
                ((Number) b[1]).intValue()))
            .map(t -> toDate(t[2]))
            .toList();
        Optional<StepSchedule.Planned> next = StepSchedule.next(strategy.get().steps(),
            toDate(r[2]), createdOn, today);
        if (next.isPresent()) {
          created += insert(caseId, strategy.get().id(), next.get(), today);
        }
      }
    }
    RunResult result = new RunResult(true, today, examined, created);
    audit.record(actor, "daily-tasks.run", "Job", "daily-tasks@" + today, null, result);
    return result;
  }

  private int insert(UUID caseId, UUID strategyId, StepSchedule.Planned planned,
      LocalDate today) {
    return em.createNativeQuery("insert into task (id, case_id, strategy_id, step_position,"
            + " due_on, channel, template, tone, created_on, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, caseId)
        .setParameter(3, strategyId)
        .setParameter(4, planned.position())
        .setParameter(5, Date.valueOf(planned.dueOn()))
        .setParameter(6, planned.step().channel().name())
        .setParameter(7, planned.step().template())
        .setParameter(8, planned.step().tone().name())
        .setParameter(9, Date.valueOf(today))
        .setParameter(10, java.sql.Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  private Map<UUID, List<Object[]>> tasksOf(List<UUID> caseIds) {
    List<?> rows = em.createNativeQuery("select case_id, strategy_id, step_position, created_on"
            + " from task where case_id = any (cast(? as uuid[]))")
        .setParameter(1, "{" + caseIds.stream().map(UUID::toString)
            .collect(Collectors.joining(",")) + "}")
        .getResultList();
    Map<UUID, List<Object[]>> byCase = new HashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      byCase.computeIfAbsent(uuid(r[0]), k -> new ArrayList<>())
          .add(new Object[] {r[1], r[2], r[3]});
    }
    return byCase;
  }

  private List<StrategyDef> strategies() {
    List<?> rows = em.createNativeQuery("select s.id, s.nature, s.min_amount, s.max_amount,"
            + " s.profiles, t.day_offset, t.anchor, t.channel, t.template, t.tone"
            + " from strategy s join strategy_step t on t.strategy_id = s.id"
            + " where s.active order by s.rank, s.id, t.position")
        .getResultList();
    Map<UUID, StrategyDef> byId = new java.util.LinkedHashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      UUID id = uuid(r[0]);
      StrategyDef def = byId.computeIfAbsent(id, k -> new StrategyDef(k, new Segment(
          r[1] == null ? null : ClaimNature.valueOf((String) r[1]), (BigDecimal) r[2],
          (BigDecimal) r[3], profiles((String) r[4])), new ArrayList<>()));
      def.steps().add(new StrategyStep(((Number) r[5]).intValue(),
          StepAnchor.valueOf((String) r[6]), ActivityKind.valueOf((String) r[7]),
          (String) r[8], Tone.valueOf((String) r[9])));
    }
    return List.copyOf(byId.values());
  }

  private static Set<DebtorProfile> profiles(String list) {
    Set<DebtorProfile> set = EnumSet.noneOf(DebtorProfile.class);
    Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(DebtorProfile::valueOf).forEach(set::add);
    return set;
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}
