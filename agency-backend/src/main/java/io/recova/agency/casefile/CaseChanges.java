package io.recova.agency.casefile;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Sha256;
import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every change to an open case: its stage, its legal events, its collector, its evidence. Each
 * change is checked, applied to the case, put on its timeline and written to the audit trail in
 * one transaction.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class CaseChanges {

  /** Legal events an agency user may record directly; stage moves record the others. */
  static final Set<CaseEventKind> RECORDABLE = EnumSet.of(CaseEventKind.FORMAL_NOTICE,
      CaseEventKind.ACKNOWLEDGEMENT, CaseEventKind.COURT_CLAIM, CaseEventKind.JUDGMENT,
      CaseEventKind.JUDGMENT_SERVED, CaseEventKind.ENFORCEMENT_ACT, CaseEventKind.NOTE);

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseValuator valuator;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<CaseClosed> closed;
  @Inject Event<PortfolioChanged> portfolioChanged;

  public CaseSummary transition(UUID id, TransitionCommand command) {
    CaseFile f = scope.loadForUpdate(id);
    Caller caller = requireStaff("move a case");
    return apply(f, caller, command, caller.has(Role.MANAGER));
  }

  /**
   * Moves a case for another part of Recova that decided it (a payment plan signed or breached):
   * the same lifecycle rules, timeline line and audit event as a move asked for by hand, in the
   * caller's transaction, by the actor it names.
   *
   * @param f the case, loaded (and locked) by the caller in this transaction
   * @throws TransitionRefusedException when the lifecycle refuses the move
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CaseSummary move(CaseFile f, Caller actor, Stage target, String reason) {
    return apply(f, actor, new TransitionCommand(target, reason, null), actor.has(Role.MANAGER));
  }

  /**
   * Closes a case as CLOSED_SETTLED once its accepted settlement is paid; the daily job calls it,
   * acting as {@code actor} without a request (so without the tenant scope, which needs one).
   * Closing a case as settled otherwise takes a manager: here the settlement's acceptance (within
   * the mandate's authority, or approved by a manager or the creditor) is that sanction. The
   * lifecycle's other rules hold as for any move; a case closed meanwhile stays as it is.
   *
   * @param reason the settlement's reference, written on the stage change
   * @return the case after the move, or as it was when already closed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CaseSummary closeAsSettled(UUID id, String reason, Caller actor) {
    CaseFile f = em.find(CaseFile.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (f == null) {
      throw new NotFoundException("Case", id);
    }
    if (f.stage().isClosed()) {
      return f.summary();
    }
    return apply(f, actor, new TransitionCommand(Stage.CLOSED_SETTLED, reason, null), true);
  }

  /** A checked move of a loaded, locked case; {@code byManager}: a manager-only move is allowed. */
  private CaseSummary apply(CaseFile f, Caller caller, TransitionCommand command,
      boolean byManager) {
    if (command == null || command.target() == null) {
      throw new InvalidInputException(List.of(new FieldViolation("target", "target.required",
          "Say which stage to move the case to")));
    }
    if (disputeUnresolved(f.id())) {
      throw new ConflictException("dispute.open",
          "A dispute is open on this case: the case moves when the dispute is resolved");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate noticeDate = command.noticeDate() == null ? today : command.noticeDate();
    if (command.target() == Stage.FORMAL_NOTICE && noticeDate.isAfter(today)) {
      throw new InvalidInputException(List.of(new FieldViolation("noticeDate", "date.future",
          "The formal notice date cannot be in the future")));
    }
    boolean noticeOnFile = f.formalNoticeDate().isPresent()
        || command.target() == Stage.FORMAL_NOTICE;
    CaseFacts facts = new CaseFacts(f.stage(), f.suspendedFrom(), noticeOnFile,
        f.judgmentDate().isPresent(), valuator.value(f, today).due().amount());
    Stage resumeTo = CaseLifecycle.check(facts,
        new CaseLifecycle.Request(command.target(), command.reason(), byManager));
    CaseAuditState before = CaseAuditState.of(f);
    Stage from = f.stage();
    Instant now = clock.instant();
    if (command.target() == Stage.FORMAL_NOTICE) {
      f.recordFormalNotice(noticeDate);
      em.persist(new CaseEvent(f.id(), now, caller.username(), CaseEventKind.FORMAL_NOTICE,
          noticeDate, null, null, null, false));
    }
    f.moveTo(command.target(), resumeTo, now);
    em.persist(new CaseEvent(f.id(), now, caller.username(), CaseEventKind.STAGE_CHANGED, null,
        from, command.target(), blankToNull(command.reason()), false));
    audit.record(caller, "case.stage-changed", "Case", f.id(), before, CaseAuditState.of(f));
    if (command.target().isClosed()) {
      closed.fire(new CaseClosed(f.id(), f.creditorId(), f.externalReference(),
          command.target(), caller));
    }
    portfolioChanged.fire(new PortfolioChanged(f.creditorId(), f.id()));
    return f.summary();
  }

  public TimelineEntry recordLegalEvent(UUID id, LegalEventCommand command) {
    CaseFile f = scope.loadForUpdate(id);
    Caller caller = requireStaff("record events on a case");
    LocalDate today = LocalDate.now(clock);
    if (command == null || command.kind() == null || !RECORDABLE.contains(command.kind())) {
      throw new InvalidInputException(List.of(new FieldViolation("kind", "eventKind.invalid",
          "The kind is one of " + RECORDABLE)));
    }
    if (command.kind() != CaseEventKind.NOTE
        && (command.date() == null || command.date().isAfter(today))) {
      throw new InvalidInputException(List.of(new FieldViolation("date", "date.required",
          "A legal event needs its date, which cannot be in the future")));
    }
    if (command.note() != null && command.note().length() > 1000) {
      throw new InvalidInputException(List.of(new FieldViolation("note", "tooLong",
          "At most 1000 characters")));
    }
    if (command.kind() == CaseEventKind.NOTE && (command.note() == null || command.note().isBlank())) {
      throw new InvalidInputException(List.of(new FieldViolation("note", "required",
          "A note needs its text")));
    }
    if (command.kind() == CaseEventKind.JUDGMENT_SERVED && f.judgmentDate().isEmpty()) {
      throw new InvalidInputException(List.of(new FieldViolation("kind", "judgment.missing",
          "Record the judgment before its service")));
    }
    CaseAuditState before = CaseAuditState.of(f);
    switch (command.kind()) {
      case FORMAL_NOTICE -> f.recordFormalNotice(command.date());
      case JUDGMENT -> f.recordJudgment(command.date());
      case JUDGMENT_SERVED -> f.recordJudgmentServed(command.date());
      default -> { }
    }
    CaseEvent event = new CaseEvent(f.id(), clock.instant(), caller.username(), command.kind(),
        command.kind() == CaseEventKind.NOTE ? null : command.date(), null, null,
        blankToNull(command.note()), command.kind() == CaseEventKind.NOTE);
    em.persist(event);
    em.flush();
    f.limitationDate(CaseLimitation.of(f, timeline(f.id())));
    audit.record(caller, "case.event-recorded", "Case", f.id(), before, CaseAuditState.of(f));
    return event.view();
  }

  /**
   * Puts on the timeline an event another part of Recova establishes (a payment plan proposed,
   * signed, breached), in the caller's transaction. An event that counts for limitation (a signed
   * plan) moves the limitation date, and that change is audited.
   *
   * @param legalDate the day the event took effect in law, or null when it has no legal effect
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public TimelineEntry recordEvent(CaseFile f, Caller actor, CaseEventKind kind,
      LocalDate legalDate, String note) {
    CaseAuditState before = CaseAuditState.of(f);
    CaseEvent event = new CaseEvent(f.id(), clock.instant(), actor.username(), kind, legalDate,
        null, null, blankToNull(note), false);
    em.persist(event);
    if (legalDate != null && kind.limitation().isPresent()) {
      em.flush();
      f.limitationDate(CaseLimitation.of(f, timeline(f.id())));
    }
    CaseAuditState after = CaseAuditState.of(f);
    if (!after.equals(before)) {
      audit.record(actor, "case.event-recorded", "Case", f.id(), before, after);
    }
    portfolioChanged.fire(new PortfolioChanged(f.creditorId(), f.id()));
    return event.view();
  }

  public CaseSummary assign(UUID id, String collector) {
    CaseFile f = scope.loadForUpdate(id);
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only a manager assigns cases to collectors");
    }
    String name = blankToNull(collector);
    if (name != null && (name.length() > 100 || !name.matches("[\\p{L}\\p{N}._@-]+"))) {
      throw new InvalidInputException(List.of(new FieldViolation("collector", "collector.invalid",
          "A collector is named by user name")));
    }
    CaseAuditState before = CaseAuditState.of(f);
    f.assign(name);
    em.persist(new CaseEvent(f.id(), clock.instant(), caller.username(),
        CaseEventKind.COLLECTOR_ASSIGNED, null, null, null, name, true));
    audit.record(caller, "case.collector-assigned", "Case", f.id(), before, CaseAuditState.of(f));
    return f.summary();
  }

  /** Records the debtor's profile, refused channels and consent, as the debtor said them. */
  public DebtorView updateDebtor(UUID id, DebtorPreferences preferences) {
    CaseFile f = scope.loadForUpdate(id);
    Caller caller = requireStaff("change what is known of a debtor");
    if (preferences == null) {
      throw new InvalidInputException(List.of(new FieldViolation("body", "body.required",
          "A request body is required")));
    }
    Debtor debtor = f.debtor();
    DebtorView before = debtor.view();
    Instant now = clock.instant();
    if (preferences.profile() != null) {
      debtor.changeProfile(preferences.profile());
    }
    if (preferences.optedOut() != null) {
      for (ContactChannel channel : ContactChannel.values()) {
        if (preferences.optedOut().contains(channel) && !debtor.hasOptedOut(channel)) {
          debtor.optOut(channel, now);
          em.persist(new CaseEvent(f.id(), now, caller.username(),
              CaseEventKind.DEBTOR_OPTED_OUT, null, null, null, channel.name(), false));
        } else if (!preferences.optedOut().contains(channel)) {
          debtor.optIn(channel);
        }
      }
    }
    if (preferences.electronicConsent() != null) {
      if (preferences.electronicConsent()) {
        if (debtor.electronicConsentAt().isEmpty()) {
          debtor.recordElectronicConsent(now);
        }
      } else {
        debtor.withdrawElectronicConsent();
      }
    }
    DebtorView after = debtor.view();
    if (!after.equals(before)) {
      audit.record(caller, "debtor.changed", "Debtor", debtor.id(), before, after);
    }
    return after;
  }

  /** Stores a piece of evidence; a creditor may add to its own cases, as may agency staff. */
  public DocumentView addDocument(UUID id, NewDocument document) {
    Caller caller = scope.caller();
    CaseFile f = scope.load(id);
    byte[] content = document == null || document.content() == null ? new byte[0]
        : document.content();
    if (content.length == 0) {
      throw new InvalidInputException(List.of(new FieldViolation("content", "document.empty",
          "The file is empty")));
    }
    if (content.length > EvidenceFormat.MAX_BYTES) {
      throw new InvalidInputException(List.of(new FieldViolation("content", "document.tooLarge",
          "A document may be at most 10 MiB")));
    }
    EvidenceFormat format = EvidenceFormat.of(content).orElseThrow(() ->
        new InvalidInputException(List.of(new FieldViolation("content", "document.type",
            "Only PDF, PNG, JPEG and TIFF files are accepted as evidence"))));
    if (!format.matchesDeclared(document.declaredType())) {
      throw new InvalidInputException(List.of(new FieldViolation("content", "document.mismatch",
          "The file is a " + format.mediaType() + ", not " + document.declaredType())));
    }
    if (document.kind() == null) {
      throw new InvalidInputException(List.of(new FieldViolation("kind", "documentKind.required",
          "Say what the document is: " + List.of(DocumentKind.values()))));
    }
    String fileName = safeFileName(document.fileName(), format);
    Instant now = clock.instant();
    CaseDocument stored = new CaseDocument(UUID.randomUUID(), f.id(), document.kind(), fileName,
        format, content.length, Sha256.hex(content), now, caller.username());
    em.persist(stored);
    em.flush();
    em.createNativeQuery(
            "insert into case_document_content (document_id, content) values (?, ?)")
        .setParameter(1, stored.id())
        .setParameter(2, content)
        .executeUpdate();
    em.persist(new CaseEvent(f.id(), now, caller.username(), CaseEventKind.DOCUMENT_ADDED, null,
        null, null, document.kind() + ": " + fileName, false));
    audit.record(caller, "case-document.added", "CaseDocument", stored.id(), null, stored.view());
    return stored.view();
  }

  private boolean disputeUnresolved(UUID caseId) {
    return ((Number) em.createNativeQuery(
            "select count(*) from dispute where case_id = ? and status <> 'RESOLVED'")
        .setParameter(1, caseId)
        .getSingleResult()).longValue() > 0;
  }

  List<CaseEvent> timeline(UUID caseId) {
    return em.createQuery("select e from CaseEvent e where e.caseId = :id order by e.id",
            CaseEvent.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** A name safe to put in a download header and on disk: no path, no control characters. */
  static String safeFileName(String name, EvidenceFormat format) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1)
        .replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
    if (base.isEmpty() || base.startsWith(".")) {
      base = "document." + format.extension();
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private Caller requireStaff(String what) {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff may " + what);
    }
    return caller;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
