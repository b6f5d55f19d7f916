package io.recova.agency.casefile;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.persistence.SequenceBlocks;
import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens dossiers from what creditors submit, by form, API or file. Idempotent on creditor and
 * external reference: the same dossier submitted twice is opened once; the same reference with
 * different content is refused rather than silently merged or overwritten.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class CaseIntake {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject StandardVatRate vatRates;

  /** The outcome of one submission. */
  public record Outcome(CaseFile caseFile, boolean created) {}

  /** What happened to one dossier of a batch. */
  public enum BatchStatus {
    CREATED,
    ALREADY_PRESENT,
    REFERENCE_CONFLICT
  }

  /** The intake rules, then the claims' VAT rates against the reference data. */
  public List<FieldViolation> checked(NewCase command) {
    List<FieldViolation> violations =
        new java.util.ArrayList<>(NewCaseRules.check(command, LocalDate.now(clock)));
    if (violations.isEmpty()) {
      violations.addAll(NewCaseRules.checkVatRates(command, vatRates));
    }
    return violations;
  }

  /** Opens one case, or returns the one already opened from the same submission. */
  public Outcome submit(NewCase command) {
    UUID creditor = scope.intakeCreditor(command == null ? null : command.creditorId());
    var violations = checked(command);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String fingerprint = IntakeFingerprint.of(command);
    Optional<CaseFile> existing = byReference(creditor, command.externalReference().strip());
    if (existing.isPresent()) {
      if (!existing.get().intakeFingerprint().equals(fingerprint)) {
        throw referenceConflict(command.externalReference());
      }
      return new Outcome(existing.get(), false);
    }
    return new Outcome(open(scope.caller(), creditor, command, fingerprint,
        DebtorCache.empty(), null), true);
  }

  /**
   * Opens a case on behalf of the application itself (demo seeding at start-up, where there is no
   * request and so no caller to scope): same rules and idempotence, the given actor in the trail.
   *
   * @return true when the case was opened, false when it was already there
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean seed(Caller actor, UUID creditor, NewCase command) {
    var violations = checked(command);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String fingerprint = IntakeFingerprint.of(command);
    Optional<CaseFile> existing = byReference(creditor, command.externalReference().strip());
    if (existing.isPresent()) {
      return false;
    }
    open(actor, creditor, command, fingerprint, DebtorCache.empty(), null);
    return true;
  }

  /**
   * Opens a batch of already validated dossiers for one creditor, in the caller's transaction.
   * Returns each one's status in the order given.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<BatchStatus> openBatch(UUID creditor, List<NewCase> commands, boolean dryRun) {
    Caller caller = scope.caller();
    // Flushing before every query would defeat JDBC batching on a large file.
    em.setFlushMode(FlushModeType.COMMIT);
    Map<String, CaseFile> existing = new HashMap<>();
    List<String> references = commands.stream().map(c -> c.externalReference().strip()).toList();
    for (int i = 0; i < references.size(); i += 1000) {
      em.createQuery("select c from CaseFile c where c.creditorId = :creditor"
              + " and c.externalReference in :refs", CaseFile.class)
          .setParameter("creditor", creditor)
          .setParameter("refs", references.subList(i, Math.min(references.size(), i + 1000)))
          .getResultList()
          .forEach(c -> existing.put(c.externalReference(), c));
    }
    DebtorCache debtors = dryRun ? null : knownDebtors(creditor, commands);
    // The events of dossiers being opened: no other transaction can see them, so their ids can
    // be taken in blocks (one round trip per block rather than per event).
    SequenceBlocks eventIds = new SequenceBlocks(em, "case_event_id_seq");
    Map<String, String> seen = new HashMap<>();
    return commands.stream().map(c -> {
      String reference = c.externalReference().strip();
      String fingerprint = IntakeFingerprint.of(c);
      CaseFile known = existing.get(reference);
      String known2 = seen.get(reference);
      if (known != null || known2 != null) {
        String kept = known != null ? known.intakeFingerprint() : known2;
        return kept.equals(fingerprint) ? BatchStatus.ALREADY_PRESENT
            : BatchStatus.REFERENCE_CONFLICT;
      }
      seen.put(reference, fingerprint);
      if (!dryRun) {
        open(caller, creditor, c, fingerprint, debtors, eventIds);
      }
      return BatchStatus.CREATED;
    }).toList();
  }

  /**
   * The creditor's debtors a batch may reuse (same SIREN/SIRET and name, see {@link #debtorFor}),
   * read in one query per thousand numbers rather than one per dossier, by the same key as the
   * cache {@link #debtorFor} keeps; the earliest created wins, as in the single lookup.
   */
  private DebtorCache knownDebtors(UUID creditor, List<NewCase> commands) {
    List<String> numbers = commands.stream()
        .map(c -> Debtor.normalisedNumber(c.debtor().registrationNumber()))
        .filter(java.util.Objects::nonNull).distinct().toList();
    Map<String, Debtor> known = new HashMap<>();
    for (int i = 0; i < numbers.size(); i += 1000) {
      em.createQuery("select d from Debtor d where d.creditorId = :creditor"
              + " and d.registrationNumber in :numbers order by d.createdAt desc", Debtor.class)
          // Their addresses, contacts and opt-outs in one query each, not one per debtor.
          .setHint("eclipselink.batch.type", "IN")
          .setHint("eclipselink.batch", "d.addresses")
          .setHint("eclipselink.batch", "d.contacts")
          .setHint("eclipselink.batch", "d.optOuts")
          .setParameter("creditor", creditor)
          .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + 1000)))
          .getResultList()
          // Newest first, so that the earliest created is put last and kept.
          .forEach(d -> known.put(debtorKey(d.registrationNumber().orElseThrow(), d.name()),
              d));
    }
    return new DebtorCache(known, true);
  }

  /**
   * The debtors a submission reuses or creates, by {@link #debtorKey}; complete when every one of
   * the creditor's debtors a batch could reuse was read beforehand, so a miss needs no query.
   */
  private record DebtorCache(Map<String, Debtor> byKey, boolean complete) {

    static DebtorCache empty() {
      return new DebtorCache(new HashMap<>(), false);
    }
  }

  private static String debtorKey(String normalisedNumber, String name) {
    return normalisedNumber + "|" + name.strip().toLowerCase(Locale.ROOT);
  }

  /** @param eventIds where the new dossier's events take their ids; null: one by one */
  private CaseFile open(Caller caller, UUID creditor, NewCase command, String fingerprint,
      DebtorCache debtorCache, SequenceBlocks eventIds) {
    Instant now = clock.instant();
    Debtor debtor = debtorFor(caller, creditor, command.debtor(), now, debtorCache);
    CaseFile caseFile = CaseFile.open(UUID.randomUUID(), creditor, debtor, command, fingerprint,
        now);
    em.persist(caseFile);
    persist(new CaseEvent(caseFile.id(), now, caller.username(), CaseEventKind.OPENED, null,
        null, Stage.NEW, null, false), eventIds);
    if (command.formalNoticeDate() != null) {
      persist(new CaseEvent(caseFile.id(), now, caller.username(), CaseEventKind.FORMAL_NOTICE,
          command.formalNoticeDate(), null, null, "Sent by the creditor before intake", false),
          eventIds);
    }
    audit.record(caller, "case.opened", "Case", caseFile.id(), null, CaseAuditState.of(caseFile));
    return caseFile;
  }

  private void persist(CaseEvent event, SequenceBlocks ids) {
    em.persist(ids == null ? event : event.withId(ids.next()));
  }

  /**
   * The creditor's debtor with the same SIREN/SIRET and the same name, completed with new
   * contacts, or a new one: a number shared under another name is kept apart rather than merged,
   * so a dossier always shows the debtor as its creditor named it.
   */
  private Debtor debtorFor(Caller caller, UUID creditor, NewDebtor submitted, Instant now,
      DebtorCache debtors) {
    Map<String, Debtor> cache = debtors.byKey();
    String number = Debtor.normalisedNumber(submitted.registrationNumber());
    String name = submitted.name().strip();
    String key = debtorKey(number, name);
    if (number != null) {
      Debtor known = cache.get(key);
      if (known == null && !debtors.complete()) {
        known = em.createQuery("select d from Debtor d where d.creditorId = :creditor"
                + " and d.registrationNumber = :number and lower(d.name) = :name"
                + " order by d.createdAt", Debtor.class)
            .setParameter("creditor", creditor)
            .setParameter("number", number)
            .setParameter("name", name.toLowerCase(Locale.ROOT))
            .setMaxResults(1)
            .getResultStream().findFirst().orElse(null);
      }
      if (known != null) {
        DebtorView before = known.view();
        known.addContactsOf(submitted);
        if (!before.equals(known.view())) {
          audit.record(caller, "debtor.contacts-added", "Debtor", known.id(), before, known.view());
        }
        cache.put(key, known);
        return known;
      }
    }
    Debtor debtor = Debtor.from(UUID.randomUUID(), creditor, submitted, now);
    em.persist(debtor);
    audit.record(caller, "debtor.created", "Debtor", debtor.id(), null, debtor.view());
    if (number != null) {
      cache.put(key, debtor);
    }
    return debtor;
  }

  private Optional<CaseFile> byReference(UUID creditor, String reference) {
    return em.createQuery("select c from CaseFile c where c.creditorId = :creditor"
            + " and c.externalReference = :reference", CaseFile.class)
        .setParameter("creditor", creditor)
        .setParameter("reference", reference)
        .getResultStream().findFirst();
  }

  static ConflictException referenceConflict(String reference) {
    return new ConflictException("case.referenceConflict", "Reference " + reference.strip()
        + " is already used by a different dossier of this creditor");
  }
}
