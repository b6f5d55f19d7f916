package io.recova.agency.remittance;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.cost.AdvancedCosts;
import io.recova.agency.fee.FeeBookingView;
import io.recova.agency.fee.FeeBookings;
import io.recova.agency.ledger.AccountBalance;
import io.recova.agency.ledger.LedgerSource;
import io.recova.agency.ledger.TrustLedger;
import io.recova.agency.mandate.CreditorClient;
import io.recova.agency.mandate.CreditorClientRepository;
import io.recova.agency.money.Money;
import io.recova.agency.platform.BulkReads;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Page;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Prepares, approves and reads remittance runs (see the package description). Preparing and
 * approving are serialised agency-wide by a transaction-scoped advisory lock, so two managers can
 * never pay the same funds twice; the ledger's balances do the rest.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class Remittances {

  private static final Logger LOG = Logger.getLogger(Remittances.class.getName());
  private static final Currency EUR = Currency.getInstance("EUR");

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject CreditorClientRepository creditors;
  @Inject TrustLedger ledger;
  @Inject FeeBookings fees;
  @Inject AdvancedCosts costs;
  @Inject RemittanceFunds funds;
  @Inject RemittanceSettings settings;
  @Inject AuditTrail audit;
  @Inject Event<RemittanceApproved> approvals;
  @Inject Clock clock;

  /** A run prepared; {@code created} false when the period's run already existed. */
  public record Prepared(RemittanceRunView run, boolean created) {}

  /**
   * Prepares the run of a period end (manager). The same period and scope again returns the
   * approved run as it is, or prepares the draft again from the ledger as it stands.
   */
  public Prepared prepare(NewRemittanceRun command) {
    Caller caller = requireManager();
    LocalDate today = LocalDate.now(clock);
    List<FieldViolation> bad = new ArrayList<>();
    if (command == null || command.periodEnd() == null || command.periodEnd().isAfter(today)) {
      bad.add(new FieldViolation("periodEnd", "remittance.periodEnd",
          "The period end is a day, today or earlier"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    UUID scope = command.creditorId();
    if (scope != null && creditors.find(scope).isEmpty()) {
      throw new InvalidInputException(List.of(new FieldViolation("creditorId",
          "remittance.creditor", "No creditor client " + scope)));
    }
    lock();
    Optional<RemittanceRun> existing = em.createQuery("select r from RemittanceRun r"
            + " where r.periodEnd = :end", RemittanceRun.class)
        .setParameter("end", command.periodEnd())
        .getResultStream().filter(r -> r.creditorId().equals(Optional.ofNullable(scope)))
        .findFirst();
    RemittanceRun run;
    boolean created;
    if (existing.isPresent() && existing.get().status() == RemittanceRun.Status.APPROVED) {
      return new Prepared(view(existing.get(), caller), false);
    } else if (existing.isPresent()) {
      run = existing.get();
      discardLines(run);
      run.preparedAgain(caller.username(), clock.instant());
      created = false;
    } else {
      run = new RemittanceRun(UUID.randomUUID(), command.periodEnd(), scope, caller.username(),
          clock.instant());
      em.persist(run);
      created = true;
    }
    em.flush();
    List<CreditorClient> due = creditorsOf(run);
    // Marked before the figures are read: a movement committed in between changes the mark the
    // approval compares, so it can only ask for a run to be prepared again, never miss a change.
    Map<UUID, FundsMark> marks = marksOf(due);
    Map<UUID, RemittanceFigures> figuresOf = figuresOf(due, run.periodEnd());
    for (CreditorClient creditor : due) {
      RemittanceFigures figures = figuresOf.get(creditor.id());
      if (figures.isEmpty()) {
        continue;
      }
      RemittanceLine line = new RemittanceLine(UUID.randomUUID(), run.id(), creditor.id(),
          creditor.name(), creditor.mandate().iban().value(),
          creditor.mandate().bic() == null ? null : creditor.mandate().bic().value(), figures,
          marks.get(creditor.id()));
      em.persist(line);
      em.flush();
      writeItems(line.id(), figures);
    }
    em.flush();
    RemittanceRunView view = view(run, linesOf(run.id()));
    audit.record(caller, created ? "remittance.prepared" : "remittance.prepared-again",
        "RemittanceRun", run.id(), null, RemittanceRunAudit.of(view));
    return new Prepared(view, created);
  }

  /**
   * Approves a draft (manager): each line's payment is written to the ledger and the run is fixed.
   *
   * @throws ConflictException when the run is approved already, or when the ledger moved since
   *     it was prepared (prepare it again, then approve)
   */
  public RemittanceRunView approve(UUID runId) {
    Caller caller = requireManager();
    lock();
    RemittanceRun run = em.find(RemittanceRun.class, runId);
    if (run == null) {
      throw new NotFoundException("Remittance run", runId);
    }
    if (run.status() != RemittanceRun.Status.DRAFT) {
      throw new ConflictException("remittance.approved",
          "The remittance run " + runId + " is approved already");
    }
    // The figures prepared still hold when no funds of the run's creditors moved since, and no
    // other run remitted their payments since: computing them all again read every open payment
    // a second time (issue 8).
    List<RemittanceLine> lines = linesOf(run.id());
    Map<UUID, FundsMark> marks = marksOf(lines.stream()
        .map(line -> creditors.find(line.creditorId()).orElseThrow(() -> new ConflictException(
            "remittance.stale", "The creditor " + line.creditorName() + " is gone")))
        .toList());
    for (RemittanceLine line : lines) {
      if (!line.preparedOn(marks.get(line.creditorId()))) {
        throw new ConflictException("remittance.stale", "The funds of " + line.creditorName()
            + " moved since the run was prepared: prepare the run again, then approve it");
      }
    }
    remittedSincePrepared(run, lines).ifPresent(name -> {
      throw new ConflictException("remittance.stale", "Another run paid " + name
          + " since this run was prepared: prepare the run again, then approve it");
    });
    RemittanceRunAudit before = RemittanceRunAudit.of(view(run, lines));
    List<RemittanceApproved.Line> approved = new ArrayList<>();
    for (RemittanceLine line : lines) {
      String description = "Remittance to " + line.creditorName() + " for the period ending "
          + run.periodEnd() + ": " + line.amount() + " paid"
          + (line.feesNetted().isZero() ? "" : ", " + line.feesNetted() + " of fees netted")
          + (line.costsNetted().isZero() ? "" : ", " + line.costsNetted() + " of costs netted")
          + (line.reclaimedNetted().isZero() ? "" : ", " + line.reclaimedNetted()
              + " recovered of funds remitted earlier from payments returned since");
      RemittanceMovements.paid(line.creditorId(), line.payout(), run.periodEnd(), description)
          .map(m -> ledger.post(m, new LedgerSource("Remittance", line.id()), null, caller))
          .ifPresent(tx -> line.paidBy(tx.id()));
      approved.add(new RemittanceApproved.Line(line.id(), line.creditorId()));
    }
    run.approve(caller.username(), clock.instant());
    em.flush();
    // The same lines, now with their ledger transactions.
    RemittanceRunView after = view(run, lines);
    audit.record(caller, "remittance.approved", "RemittanceRun", run.id(),
        before, RemittanceRunAudit.of(after));
    // The fee invoices are issued in this transaction: an invoice that cannot be issued fails
    // the approval, and an approval rolled back leaves no invoice and no number used.
    approvals.fire(new RemittanceApproved(run.id(), run.periodEnd(), LocalDate.now(clock),
        approved, caller));
    return after;
  }

  /** Runs, newest period first: a manager sees all, a client user the approved ones paying it. */
  public List<RemittanceRunView> list() {
    Caller caller = currentCaller.get();
    List<RemittanceRun> runs = em.createQuery("select r from RemittanceRun r"
            + " order by r.periodEnd desc, r.preparedAt desc", RemittanceRun.class)
        .getResultList();
    if (caller.isCreditorScoped()) {
      UUID own = ownCreditor(caller);
      List<RemittanceRun> approved = runs.stream()
          .filter(r -> r.status() == RemittanceRun.Status.APPROVED).toList();
      Map<UUID, List<RemittanceLine>> lines = linesOf(approved);
      return approved.stream()
          .map(r -> view(r, lines.getOrDefault(r.id(), List.of()).stream()
              .filter(l -> l.creditorId().equals(own)).toList()))
          .filter(v -> !v.lines().isEmpty()).toList();
    }
    requireStaffReader(caller);
    // Every run's lines in one reading, not one per run.
    Map<UUID, List<RemittanceLine>> lines = linesOf(runs);
    return runs.stream().map(r -> view(r, lines.getOrDefault(r.id(), List.of()))).toList();
  }

  /** One run; "not found" for a client user it pays nothing to, or a draft. */
  public RemittanceRunView get(UUID runId) {
    Caller caller = currentCaller.get();
    RemittanceRun run = visible(runId, caller, null);
    return view(run, caller);
  }

  /** The approved run for its bank file (manager): a transfer pays each line. */
  public RemittanceRunView approvedForTransfer(UUID runId) {
    requireManager();
    RemittanceRun run = em.find(RemittanceRun.class, runId);
    if (run == null) {
      throw new NotFoundException("Remittance run", runId);
    }
    if (run.status() != RemittanceRun.Status.APPROVED) {
      throw new ConflictException("remittance.draft",
          "The run is a draft: a bank file is produced once a manager has approved it");
    }
    return view(run, linesOf(run.id()));
  }

  /**
   * One creditor's line of a run, for its statement: a manager reads any; a client user its own
   * creditor's in an approved run only, anything else being "not found" (and audited).
   */
  public RemittanceStatement statement(UUID runId, UUID creditorId) {
    Caller caller = currentCaller.get();
    planForValues();
    RemittanceRun run = visible(runId, caller, creditorId);
    // This creditor's line and its payments only: reading every line's made each statement of a
    // run cost as much as the whole run (issue 8).
    RemittanceLine own = lineOf(run, creditorId);
    RemittanceLineView line = RemittanceLineView.of(own);
    List<RemittedPaymentView> payments = paymentsOf(own, 0, Integer.MAX_VALUE);
    Map<UUID, FeeBookingView> booked = fees.ofMany(payments.stream()
        .map(RemittedPaymentView::paymentId).toList());
    return new RemittanceStatement(run.id(), run.periodEnd(), run.status(),
        run.approvedAt().orElse(null),
        line, payments.stream()
            .map(p -> new RemittanceStatement.Entry(p, booked.get(p.paymentId()))).toList(),
        costs.rebilledOf(creditorId, previousPeriodEnd(creditorId, run.periodEnd())
            .map(d -> d.plusDays(1)).orElse(LocalDate.of(1970, 1, 1)), run.periodEnd()),
        ReclaimsNetted.allocate(reclaimsOf(creditorId),
            reclaimedNettedBefore(creditorId, run), line.reclaimedNetted()));
  }

  /**
   * One page of the payments a creditor's line of a run pays, in the order the run took them
   * (their value dates): a manager reads any line; a client user its own creditor's in an
   * approved run only, anything else being "not found" (and audited).
   */
  public Page<RemittedPaymentView> linePayments(UUID runId, UUID creditorId, int page, int size) {
    Caller caller = currentCaller.get();
    RemittanceRun run = visible(runId, caller, creditorId);
    RemittanceLine line = lineOf(run, creditorId);
    int safeSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
    int safePage = Math.max(0, page);
    return new Page<>(paymentsOf(line, (long) safePage * safeSize, safeSize), safePage, safeSize,
        line.paymentCount());
  }

  private RemittanceLine lineOf(RemittanceRun run, UUID creditorId) {
    return em.createQuery("select l from RemittanceLine l where l.runId = :r"
            + " and l.creditorId = :c", RemittanceLine.class)
        .setParameter("r", run.id()).setParameter("c", creditorId)
        .getResultStream().findFirst()
        .orElseThrow(() -> new NotFoundException("Remittance line", creditorId));
  }

  /** A slice of the line's payments, as the run took them, each with its late flag. */
  private List<RemittedPaymentView> paymentsOf(RemittanceLine line, long offset, int limit) {
    // As rows, not managed entities: items are never changed, and a line has one per payment,
    // which the unit of work would compare for changes at every flush (BulkReads).
    List<?> rows = em.createNativeQuery("select cast(i.payment_id as varchar), i.late"
            + " from remittance_item i where i.line_id = cast(?1 as uuid) order by i.id"
            + " offset ?2 limit ?3")
        .setParameter(1, line.id().toString()).setParameter(2, offset).setParameter(3, limit)
        .getResultList();
    List<RemittanceItem> items = rows.stream().map(r -> (Object[]) r)
        .map(r -> new RemittanceItem(line.id(), UUID.fromString(r[0].toString()), (Boolean) r[1]))
        .toList();
    Map<UUID, OpenPayment> payments = funds.payments(items.stream()
        .map(RemittanceItem::paymentId).toList());
    return items.stream()
        .map(i -> RemittedPaymentView.of(payments.get(i.paymentId()), i.late())).toList();
  }

  /** The creditor's payments reversed after their funds were remitted, oldest reversal first. */
  private List<ReclaimsNetted.Reclaim> reclaimsOf(UUID creditorId) {
    List<?> rows = em.createNativeQuery("select cast(p.id as varchar), c.external_reference,"
            + " p.value_date, p.amount, t.value_date, r.reclaimed_from_creditor"
            + " from payment_reversal r join payment p on p.id = r.payment_id"
            + " join case_file c on c.id = p.case_id"
            + " join ledger_transaction t on t.id = r.reclaim_transaction_id"
            + " where p.creditor_id = cast(?1 as uuid) and p.currency = 'EUR'"
            + " and r.reclaimed_from_creditor > 0 order by t.seq")
        .setParameter(1, creditorId.toString()).getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> new ReclaimsNetted.Reclaim(
        UUID.fromString(r[0].toString()), r[1].toString(), ((Date) r[2]).toLocalDate(),
        Money.of((BigDecimal) r[3], EUR), ((Date) r[4]).toLocalDate(),
        Money.of((BigDecimal) r[5], EUR))).toList();
  }

  /**
   * What the creditor's approved remittances before this run netted of its reclaims: all of them
   * for a draft, those approved earlier for an approved run.
   */
  private Money reclaimedNettedBefore(UUID creditorId, RemittanceRun run) {
    List<Object[]> rows = em.createQuery("select l, r from RemittanceLine l, RemittanceRun r"
            + " where l.runId = r.id and l.creditorId = :c and r.status = :approved"
            + " and r.id <> :run", Object[].class)
        .setParameter("c", creditorId).setParameter("run", run.id())
        .setParameter("approved", RemittanceRun.Status.APPROVED.name()).getResultList();
    Optional<java.time.Instant> approved = run.approvedAt();
    return rows.stream()
        .filter(r -> approved.isEmpty()
            || ((RemittanceRun) r[1]).approvedAt().orElseThrow().isBefore(approved.get()))
        .map(r -> ((RemittanceLine) r[0]).reclaimedNetted())
        .reduce(Money.zero(EUR), Money::plus);
  }

  /** The period end of the creditor's latest approved remittance before this one, if any. */
  private Optional<LocalDate> previousPeriodEnd(UUID creditorId, LocalDate before) {
    return em.createQuery("select max(r.periodEnd) from RemittanceRun r, RemittanceLine l"
            + " where l.runId = r.id and l.creditorId = :c and r.periodEnd < :before"
            + " and r.status = :approved", LocalDate.class)
        .setParameter("c", creditorId).setParameter("before", before)
        .setParameter("approved", RemittanceRun.Status.APPROVED.name())
        .getResultStream().filter(java.util.Objects::nonNull).findFirst();
  }

  private RemittanceRun visible(UUID runId, Caller caller, UUID creditorId) {
    RemittanceRun run = em.find(RemittanceRun.class, runId);
    if (caller.isCreditorScoped()) {
      UUID own = ownCreditor(caller);
      boolean ownLine = run != null && run.status() == RemittanceRun.Status.APPROVED
          && (creditorId == null || creditorId.equals(own))
          && linesOf(run.id()).stream().anyMatch(l -> l.creditorId().equals(own));
      if (!ownLine) {
        if (run != null) {
          LOG.warning(() -> caller + " asked for remittance run " + runId + " outside its scope");
          audit.record(caller, "remittance.access-refused", "RemittanceRun", runId, null, null);
        }
        throw new NotFoundException("Remittance run", runId);
      }
      return run;
    }
    requireStaffReader(caller);
    if (run == null) {
      throw new NotFoundException("Remittance run", runId);
    }
    return run;
  }

  private RemittanceRunView view(RemittanceRun run, Caller caller) {
    return view(run, caller.isCreditorScoped() ? caller.creditorId() : Optional.empty());
  }

  /** The run with its lines, or with one creditor's line only. */
  private RemittanceRunView view(RemittanceRun run, Optional<UUID> only) {
    return view(run, linesOf(run.id()).stream()
        .filter(line -> only.isEmpty() || only.get().equals(line.creditorId()))
        .toList());
  }

  private static RemittanceRunView view(RemittanceRun run, List<RemittanceLine> visible) {
    return run.view(visible.stream().map(RemittanceLineView::of).toList());
  }

  /** Each creditor's funds mark, as its ledger balances stand (one reading for them all). */
  private Map<UUID, FundsMark> marksOf(List<CreditorClient> of) {
    Map<UUID, List<AccountBalance>> balances = ledger.balancesOf(of.stream()
        .map(CreditorClient::id).toList());
    ClearingDelays clearing = settings.clearingDelays();
    Map<UUID, FundsMark> marks = new HashMap<>();
    for (CreditorClient creditor : of) {
      marks.put(creditor.id(), FundsMark.of(balances.getOrDefault(creditor.id(), List.of()),
          creditor.mandate().remittanceDelay(), clearing));
    }
    return marks;
  }

  /** The name of a creditor of these lines that a run approved since this one was prepared pays. */
  private Optional<String> remittedSincePrepared(RemittanceRun run, List<RemittanceLine> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery("select l.creditorName from RemittanceLine l, RemittanceRun r"
            + " where l.runId = r.id and r.status = :approved and r.id <> :run"
            + " and r.approvedAt >= :prepared and l.creditorId in :creditors", String.class)
        .setParameter("approved", RemittanceRun.Status.APPROVED.name())
        .setParameter("run", run.id()).setParameter("prepared", run.preparedAt())
        .setParameter("creditors", lines.stream().map(RemittanceLine::creditorId).toList())
        .setMaxResults(1).getResultStream().findFirst();
  }

  /**
   * The creditors' figures for the period end, from the ledger as it stands, read for all of them
   * at once; the late flag follows each mandate's own delay, else the legal month (D5).
   */
  private Map<UUID, RemittanceFigures> figuresOf(List<CreditorClient> of, LocalDate periodEnd) {
    Map<UUID, CreditorFunds> read = funds.of(of.stream().map(CreditorClient::id).toList());
    Map<UUID, RemittanceFigures> figures = new HashMap<>();
    for (CreditorClient creditor : of) {
      figures.put(creditor.id(), RemittanceCalculator.compute(read.get(creditor.id()), periodEnd,
          creditor.mandate().remittanceDelay()));
    }
    return figures;
  }

  private List<CreditorClient> creditorsOf(RemittanceRun run) {
    if (run.creditorId().isPresent()) {
      return creditors.find(run.creditorId().get()).stream().toList();
    }
    List<CreditorClient> due = new ArrayList<>();
    int page = 200;
    long count = creditors.count();
    for (int offset = 0; offset < count; offset += page) {
      creditors.list(offset, page).stream()
          .filter(c -> RemittanceCalendar.isDue(c.mandate().remittanceFrequency(),
              run.periodEnd()))
          .forEach(due::add);
    }
    return due;
  }

  /** The lines of these runs, by run, each run's by creditor name. */
  private Map<UUID, List<RemittanceLine>> linesOf(List<RemittanceRun> runs) {
    if (runs.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select l from RemittanceLine l where l.runId in :runs"
            + " order by l.creditorName", RemittanceLine.class)
        .setParameter("runs", runs.stream().map(RemittanceRun::id).toList())
        .getResultStream().collect(Collectors.groupingBy(RemittanceLine::runId));
  }

  private List<RemittanceLine> linesOf(UUID runId) {
    return em.createQuery("select l from RemittanceLine l where l.runId = :r"
            + " order by l.creditorName", RemittanceLine.class)
        .setParameter("r", runId).getResultList();
  }

  /**
   * The line's items in one statement, in the order of its payments: one insert per item, each
   * returning its generated id, was a round trip per payment of the run (issue 8).
   */
  private void writeItems(UUID lineId, RemittanceFigures figures) {
    if (figures.remitted().isEmpty()) {
      return;
    }
    Set<UUID> late = figures.late().stream().map(OpenPayment::paymentId)
        .collect(Collectors.toSet());
    String payments = BulkReads.uuidArray(figures.remitted().stream().map(OpenPayment::paymentId)
        .toList());
    String flags = figures.remitted().stream()
        .map(p -> late.contains(p.paymentId()) ? "t" : "f")
        .collect(Collectors.joining(",", "{", "}"));
    em.createNativeQuery("insert into remittance_item (line_id, payment_id, late)"
            + " select cast(?1 as uuid), i.payment, i.late"
            + " from unnest(cast(?2 as uuid[]), cast(?3 as boolean[]))"
            + "   with ordinality as i(payment, late, n) order by i.n")
        .setParameter(1, lineId.toString()).setParameter(2, payments).setParameter(3, flags)
        .executeUpdate();
  }

  /** A draft's lines are working figures, not evidence: preparing again replaces them. */
  private void discardLines(RemittanceRun run) {
    Set<UUID> lines = new HashSet<>();
    linesOf(run.id()).forEach(l -> lines.add(l.id()));
    if (lines.isEmpty()) {
      return;
    }
    em.createQuery("delete from RemittanceItem i where i.lineId in :l")
        .setParameter("l", List.copyOf(lines)).executeUpdate();
    em.createQuery("delete from RemittanceLine l where l.runId = :r")
        .setParameter("r", run.id()).executeUpdate();
  }

  /** Takes the agency-wide lock on funds movements, for the rest of the transaction. */
  private void lock() {
    ledger.lockFundsMovements();
    planForValues();
  }

  /**
   * Has PostgreSQL plan this transaction's statements for their values: prepared and repeated per
   * creditor, they otherwise got a generic plan, blind to how many rows one creditor's values
   * select, and a small creditor's ledger balance or fees to invoice took as long as the
   * largest's (issue 8).
   */
  private void planForValues() {
    em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
        .getSingleResult();
  }

  private Caller requireManager() {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only a manager runs and approves remittances");
    }
    return caller;
  }

  private static void requireStaffReader(Caller caller) {
    if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
      throw new ForbiddenException("Only managers read remittance runs");
    }
  }

  private static UUID ownCreditor(Caller caller) {
    return caller.creditorId()
        .orElseThrow(() -> new ForbiddenException("This account is not bound to a creditor"));
  }
}
