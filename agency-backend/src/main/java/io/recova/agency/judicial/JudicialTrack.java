package io.recova.agency.judicial;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseTimeline;
import io.recova.agency.casefile.CaseValuator;
import io.recova.agency.casefile.LegalEventCommand;
import io.recova.agency.casefile.Stage;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.valuation.ClaimNature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The judicial track of a case: the route suggested, the proceedings opened and their steps.
 * Opening a proceeding checks the preconditions Recova can check and moves the case to JUDICIAL
 * (ENFORCEMENT for an attachment under a title); a step with legal effect is also recorded on the
 * case (a claim in court interrupts limitation, a judgment changes the interest); each deadline a
 * step starts becomes one task in the collector's queue. All audited, all on the timeline.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class JudicialTrack {

  private static final int NAME_MAX = 200;
  private static final int NOTE_MAX = 1000;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseValuator valuator;
  @Inject CaseChanges changes;
  @Inject CaseTimeline timeline;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The judicial tab: a creditor reads its own cases', agency staff any case's. */
  public JudicialView of(UUID caseId) {
    CaseFile f = scope.load(caseId);
    LocalDate today = LocalDate.now(clock);
    List<JudicialStep> steps = stepsOf(f.id());
    List<JudicialView.ProceedingView> proceedings = proceedingsOf(f.id()).stream()
        .map(p -> view(p, steps.stream().filter(s -> s.proceedingId().equals(p.id())).toList(),
            today))
        .toList();
    return new JudicialView(f.id(), RouteAdvisor.suggest(facts(f, steps, today)), proceedings);
  }

  public JudicialView.ProceedingView open(UUID caseId, NewProceeding command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = requireStaff();
    if (command == null || command.route() == null) {
      throw new InvalidInputException(List.of(new FieldViolation("route", "judicial.route",
          "Say which route to take: " + List.of(JudicialRoute.values()))));
    }
    List<FieldViolation> bad = new ArrayList<>();
    String court = text(command.courtName(), "courtName", bad);
    String lawyer = text(command.lawyer(), "lawyer", bad);
    String commissaire = text(command.commissaire(), "commissaire", bad);
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (f.stage().isClosed() || f.stage().isSuspended()) {
      throw new ConflictException("judicial.stage",
          "No proceeding on a case that is " + f.stage());
    }
    LocalDate today = LocalDate.now(clock);
    List<JudicialStep> steps = stepsOf(f.id());
    RouteFacts facts = facts(f, steps, today);
    JudicialRoute route = command.route();
    Forum forum = command.forum() != null ? command.forum()
        : route == JudicialRoute.SMALL_CLAIMS || route.enforcement()
            ? Forum.COMMISSAIRE_DE_JUSTICE : RouteAdvisor.courtFor(facts.nature());
    String unmet = RouteAdvisor.preconditions(route, forum, facts).stream()
        .filter(p -> !p.met()).map(Precondition::explanation)
        .collect(Collectors.joining("; "));
    if (!unmet.isEmpty()) {
      throw new ConflictException("judicial.precondition", unmet);
    }
    Stage target = route.enforcement() ? Stage.ENFORCEMENT : Stage.JUDICIAL;
    if (f.stage() != target
        && !(target == Stage.JUDICIAL && f.stage() == Stage.ENFORCEMENT)) {
      changes.move(f, caller, target, "Proceeding opened: " + route);
    }
    JudicialProceeding p = new JudicialProceeding(UUID.randomUUID(), f.id(), f.creditorId(),
        route, forum, court, lawyer, commissaire, RouteAdvisor.suggest(facts).route(), today,
        clock.instant(), caller.username());
    em.persist(p);
    timeline.record(f.id(), caller, CaseEventKind.JUDICIAL_PROCEEDING_OPENED,
        route + " · " + forum + (court == null ? "" : " · " + court));
    audit.record(caller, "judicial-proceeding.opened", "JudicialProceeding", p.id(), null,
        view(p, List.of(), today));
    return view(p, List.of(), today);
  }

  public JudicialView.ProceedingView recordStep(UUID caseId, UUID proceedingId, NewStep command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = requireStaff();
    JudicialProceeding p = em.find(JudicialProceeding.class, proceedingId);
    if (p == null || !p.caseId().equals(f.id())) {
      throw new NotFoundException("Proceeding", proceedingId);
    }
    LocalDate today = LocalDate.now(clock);
    List<FieldViolation> bad = new ArrayList<>();
    if (command == null || command.kind() == null
        || !StepRules.allowed(p.route(), command.kind())) {
      bad.add(new FieldViolation("kind", "judicial.stepKind",
          "A " + p.route() + " proceeding records " + StepRules.allowedOn(p.route())));
    }
    if (command == null || command.date() == null
        || (command.kind() != JudicialStepKind.HEARING && command.date().isAfter(today))) {
      bad.add(new FieldViolation("date", "judicial.stepDate",
          "A step needs its date, which cannot be in the future (except a hearing's)"));
    }
    if (command != null && command.note() != null && command.note().length() > NOTE_MAX) {
      bad.add(new FieldViolation("note", "tooLong", "At most " + NOTE_MAX + " characters"));
    }
    JudgmentAward award = command == null || command.award() == null
        || command.award().isEmpty() ? null : command.award();
    if (award != null) {
      checkAward(award, command.kind(), f.currency(), bad);
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (f.stage().isClosed()) {
      throw new ConflictException("judicial.stage", "The case is closed");
    }
    List<JudicialStep> steps = stepsOf(f.id()).stream()
        .filter(s -> s.proceedingId().equals(p.id())).toList();
    JudicialStepKind kind = command.kind();
    StepRules.after(kind).ifPresent(before -> {
      if (steps.stream().noneMatch(s -> s.kind() == before
          && !s.date().isAfter(command.date()))) {
        throw new ConflictException("judicial.stepOrder",
            kind + " comes after " + before + ", which is not recorded on or before that day");
      }
    });
    if (kind == JudicialStepKind.PAYMENT_ORDER_ENFORCEABLE) {
      checkOppositionOver(steps, command.date());
    }
    String note = command.note() == null || command.note().isBlank() ? null
        : command.note().strip();
    JudicialStep step = new JudicialStep(UUID.randomUUID(), p.id(), f.id(), kind,
        command.date(), note, clock.instant(), caller.username());
    if (award != null) {
      step.award(award, f.currency());
    }
    em.persist(step);
    em.flush();
    recordLegalEffect(f.id(), kind, command.date(), steps, note);
    // Closed first: a hearing set again closes the earlier hearing's task, not its own.
    closeMetDeadlines(p.id(), kind);
    scheduleDeadlines(f.id(), step, today);
    timeline.record(f.id(), caller, CaseEventKind.JUDICIAL_STEP_RECORDED,
        kind + " " + command.date() + (note == null ? "" : " — " + note));
    audit.record(caller, "judicial-step.recorded", "JudicialProceeding", p.id(), null,
        step.view());
    List<JudicialStep> all = new ArrayList<>(steps);
    all.add(step);
    return view(p, all, today);
  }

  private static void checkAward(JudgmentAward award, JudicialStepKind kind, Currency currency,
      List<FieldViolation> bad) {
    if (kind != JudicialStepKind.JUDGMENT) {
      bad.add(new FieldViolation("award", "judicial.awardKind",
          "Only a judgment awards amounts"));
      return;
    }
    int digits = currency.getDefaultFractionDigits();
    java.util.Map<String, java.math.BigDecimal> parts = new java.util.LinkedHashMap<>();
    parts.put("principal", award.principal());
    parts.put("interest", award.interest());
    parts.put("costs", award.costs());
    parts.put("article700", award.article700());
    parts.forEach((name, amount) -> {
      if (amount != null && (amount.signum() < 0
          || amount.stripTrailingZeros().scale() > digits)) {
        bad.add(new FieldViolation("award." + name, "judicial.awardAmount",
            "An amount awarded is zero or more, in " + currency + " with at most " + digits
                + " decimals"));
      }
    });
  }

  private void checkOppositionOver(List<JudicialStep> steps, LocalDate day) {
    if (steps.stream().anyMatch(s -> s.kind() == JudicialStepKind.OPPOSITION_FILED)) {
      throw new ConflictException("judicial.opposed",
          "The debtor opposed the order: the claim goes to a hearing (CPC 1417)");
    }
    LocalDate served = steps.stream()
        .filter(s -> s.kind() == JudicialStepKind.PAYMENT_ORDER_SERVED)
        .map(JudicialStep::date).max(LocalDate::compareTo).orElseThrow();
    LocalDate last = DeadlineKind.OPPOSITION_PERIOD.lastDay(served);
    if (!day.isAfter(last)) {
      throw new ConflictException("judicial.oppositionRunning",
          "The debtor may oppose until " + last + " (CPC 1416)");
    }
  }

  /** The step's effect on the case: limitation interrupted, judgment dates for the interest. */
  private void recordLegalEffect(UUID caseId, JudicialStepKind kind, LocalDate date,
      List<JudicialStep> earlier, String note) {
    switch (kind) {
      // A claim in court, even for an order, interrupts limitation (C. civ. 2241).
      case PAYMENT_ORDER_FILED, SUMMONS_SERVED -> changes.recordLegalEvent(caseId,
          new LegalEventCommand(CaseEventKind.COURT_CLAIM, date, note));
      case JUDGMENT -> changes.recordLegalEvent(caseId,
          new LegalEventCommand(CaseEventKind.JUDGMENT, date, note));
      case JUDGMENT_SERVED -> changes.recordLegalEvent(caseId,
          new LegalEventCommand(CaseEventKind.JUDGMENT_SERVED, date, note));
      // An order not opposed has the effects of a judgment (CPC 1422), from its own dates.
      case PAYMENT_ORDER_ENFORCEABLE -> {
        LocalDate issued = latest(earlier, JudicialStepKind.PAYMENT_ORDER_ISSUED);
        LocalDate served = latest(earlier, JudicialStepKind.PAYMENT_ORDER_SERVED);
        changes.recordLegalEvent(caseId, new LegalEventCommand(CaseEventKind.JUDGMENT, issued,
            "Order for payment not opposed (CPC 1422)"));
        changes.recordLegalEvent(caseId, new LegalEventCommand(CaseEventKind.JUDGMENT_SERVED,
            served, "Order for payment served"));
      }
      // A protective or enforcement measure interrupts limitation (C. civ. 2244).
      case BANK_ATTACHMENT, PROTECTIVE_ATTACHMENT -> changes.recordLegalEvent(caseId,
          new LegalEventCommand(CaseEventKind.ENFORCEMENT_ACT, date, note));
      default -> { }
    }
  }

  private static LocalDate latest(List<JudicialStep> steps, JudicialStepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind).map(JudicialStep::date)
        .max(LocalDate::compareTo).orElseThrow(() -> new ConflictException("judicial.stepOrder",
            kind + " is not recorded on this proceeding"));
  }

  /**
   * One task per deadline the step starts: ahead of the last day for an act the agency must do
   * ({@link DeadlineKind#daysAhead}, never before today), the day after the period for one it
   * waits out.
   */
  private void scheduleDeadlines(UUID caseId, JudicialStep step, LocalDate today) {
    for (DeadlineKind kind : step.kind().deadlines()) {
      LocalDate last = kind.lastDay(step.date());
      if (kind.period().isEmpty() && last.isBefore(today)) {
        // A hearing recorded after it was held: nothing left to prepare.
        continue;
      }
      LocalDate due;
      if (kind.agencyMustAct()) {
        LocalDate ahead = last.minusDays(kind.daysAhead());
        due = ahead.isBefore(today) ? today : ahead;
      } else {
        due = last.plusDays(1);
      }
      em.createNativeQuery("insert into task (id, case_id, judicial_step_id, deadline_kind,"
              + " due_on, channel, template, tone, created_on, created_at)"
              + " values (?, ?, ?, ?, ?, 'NOTE', ?, 'FORMAL', ?, ?) on conflict do nothing")
          .setParameter(1, UUID.randomUUID())
          .setParameter(2, caseId)
          .setParameter(3, step.id())
          .setParameter(4, kind.name())
          .setParameter(5, Date.valueOf(due))
          .setParameter(6, "DEADLINE_" + kind.name())
          .setParameter(7, Date.valueOf(today))
          .setParameter(8, Timestamp.from(clock.instant()))
          .executeUpdate();
    }
  }

  /** A step that ends a deadline (see {@link DeadlineKind#endedBy}) closes its open task. */
  private void closeMetDeadlines(UUID proceedingId, JudicialStepKind kind) {
    for (DeadlineKind ended : DeadlineKind.values()) {
      if (!ended.endedBy().contains(kind)) {
        continue;
      }
      em.createNativeQuery("update task set status = 'DONE', done_at = now(),"
              + " done_by = 'recova' where status = 'OPEN' and deadline_kind = ?"
              + " and judicial_step_id in (select id from judicial_step where proceeding_id = ?)")
          .setParameter(1, ended.name())
          .setParameter(2, proceedingId)
          .executeUpdate();
    }
  }

  private RouteFacts facts(CaseFile f, List<JudicialStep> steps, LocalDate today) {
    ClaimNature nature = f.claims().isEmpty() ? ClaimNature.B2B : f.claims().get(0).nature();
    boolean disputed = ((Number) em.createNativeQuery(
            "select count(*) from dispute where case_id = ?")
        .setParameter(1, f.id()).getSingleResult()).longValue() > 0;
    boolean smallClaimsFailed = steps.stream()
        .anyMatch(s -> s.kind() == JudicialStepKind.SMALL_CLAIMS_REFUSED);
    boolean attempt = smallClaimsFailed || steps.stream()
        .anyMatch(s -> s.kind() == JudicialStepKind.AMICABLE_ATTEMPT_FAILED);
    return new RouteFacts(valuator.value(f, today).due(), nature, disputed,
        f.formalNoticeDate().isPresent(), f.judgmentDate().isPresent(), attempt,
        smallClaimsFailed);
  }

  private JudicialView.ProceedingView view(JudicialProceeding p, List<JudicialStep> steps,
      LocalDate today) {
    List<JudicialView.DeadlineView> deadlines = ProceduralCalendar.deadlines(
            steps.stream().map(JudicialStep::asCalendarStep).toList()).stream()
        .map(d -> JudicialView.DeadlineView.of(d, today)).toList();
    return new JudicialView.ProceedingView(p.id(), p.route(), p.forum(), p.courtName(),
        p.lawyer(), p.commissaire(), p.suggestedRoute(), p.openedOn(), p.openedBy(),
        steps.stream().map(JudicialStep::view).toList(), deadlines);
  }

  private List<JudicialProceeding> proceedingsOf(UUID caseId) {
    return em.createQuery("select p from JudicialProceeding p where p.caseId = :id"
            + " order by p.openedAt, p.id", JudicialProceeding.class)
        .setParameter("id", caseId).getResultList();
  }

  private List<JudicialStep> stepsOf(UUID caseId) {
    return em.createQuery("select s from JudicialStep s where s.caseId = :id"
            + " order by s.stepDate, s.recordedAt", JudicialStep.class)
        .setParameter("id", caseId).getResultList();
  }

  private static String text(String value, String field, List<FieldViolation> bad) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > NAME_MAX) {
      bad.add(new FieldViolation(field, "tooLong", "At most " + NAME_MAX + " characters"));
    }
    return value.strip();
  }

  private Caller requireStaff() {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff conduct proceedings");
    }
    return caller;
  }
}
