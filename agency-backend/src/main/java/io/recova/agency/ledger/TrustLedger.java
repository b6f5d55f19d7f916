package io.recova.agency.ledger;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.money.Money;
import io.recova.agency.platform.BulkReads;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Writes movements to the trust ledger, in the caller's transaction (a payment and its entries
 * commit or roll back together), and reads it: balances and the verification.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class TrustLedger {

  private static final Logger LOG = Logger.getLogger(TrustLedger.class.getName());
  /** The advisory lock key of movements that read balances to decide: any unused constant. */
  private static final long FUNDS_LOCK = 0x52454d4954L;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Serialises, agency-wide and until the caller's transaction ends, the movements whose amounts
   * are worked out from balances: remittance runs, and the settling of a payment reversed after
   * its remittance. Each then reads the balances the other committed, so two of them can never
   * both spend the same funds, nor leave a creditor's funds below zero between them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockFundsMovements() {
    em.createNativeQuery("select pg_advisory_xact_lock(" + FUNDS_LOCK + ")").getSingleResult();
  }

  /** Writes a balanced movement as one transaction; {@link Movement} has checked the balance. */
  @Transactional(Transactional.TxType.MANDATORY)
  public LedgerTransaction post(Movement movement, LedgerSource source, UUID caseId,
      Caller actor) {
    return write(movement, source, caseId, null, actor);
  }

  /**
   * Writes the compensation of an earlier transaction: the same entries on the opposite sides,
   * naming it. A transaction is reversed once only (the database refuses a second).
   *
   * @throws ConflictException when the transaction is already reversed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public LedgerTransaction reverse(UUID transactionId, LedgerSource source, LocalDate on,
      String why, Caller actor) {
    LedgerTransaction original = em.find(LedgerTransaction.class, transactionId);
    if (original == null) {
      throw new IllegalStateException("No ledger transaction " + transactionId);
    }
    long reversals = em.createQuery("select count(t) from LedgerTransaction t"
            + " where t.reversesId = :id", Long.class)
        .setParameter("id", transactionId).getSingleResult();
    if (reversals > 0) {
      throw new ConflictException("ledger.reversed",
          "The ledger transaction " + transactionId + " is already reversed");
    }
    Movement compensation = movementOf(original).compensation(on, why);
    return write(compensation, source, original.caseId().orElse(null), original.id(), actor);
  }

  private LedgerTransaction write(Movement movement, LedgerSource source, UUID caseId,
      UUID reverses, Caller actor) {
    LedgerTransaction t = new LedgerTransaction(UUID.randomUUID(), movement, source, caseId,
        reverses, clock.instant(), actor.username());
    em.persist(t);
    for (Posting p : movement.postings()) {
      em.persist(new LedgerEntry(t.id(), p));
    }
    return t;
  }

  /** A transaction as written, as a movement again. */
  Movement movementOf(LedgerTransaction t) {
    List<Posting> postings = em.createQuery("select e from LedgerEntry e"
            + " where e.transactionId = :id order by e.id", LedgerEntry.class)
        .setParameter("id", t.id())
        .getResultStream().map(LedgerEntry::posting).toList();
    return new Movement(t.kind(), t.creditorId(), t.valueDate(), t.description(), postings);
  }

  /**
   * The balances of one creditor's accounts, or of every creditor's for the agency when none is
   * named. A manager or an admin sees any creditor; a client user its own only (another one is
   * "not found", and the attempt is audited).
   */
  public List<AccountBalance> balances(UUID creditorId) {
    Caller caller = currentCaller.get();
    UUID creditor = creditorId;
    if (caller.isCreditorScoped()) {
      UUID own = caller.creditorId()
          .orElseThrow(() -> new ForbiddenException("This account is not bound to a creditor"));
      if (creditor != null && !creditor.equals(own)) {
        LOG.warning(() -> caller + " asked for the ledger of creditor " + creditorId);
        audit.record(caller, "ledger.access-refused", "CreditorClient", creditorId, null, null);
        throw new NotFoundException("Creditor client", creditorId);
      }
      creditor = own;
    } else if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
      throw new ForbiddenException("Only managers read the trust ledger");
    }
    List<AccountBalance> balances = creditor != null
        ? balancesOf(List.of(creditor)).getOrDefault(creditor, List.of()) : keptBalances();
    return balances.stream().sorted(AccountBalance.ORDER).toList();
  }

  /**
   * One creditor's balances, without a caller: for the services that move its funds (the
   * remittance), which check the caller themselves.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AccountBalance> balancesOf(UUID creditorId) {
    java.util.Objects.requireNonNull(creditorId);
    return balancesOf(List.of(creditorId)).getOrDefault(creditorId, List.of()).stream()
        .sorted(AccountBalance.ORDER).toList();
  }

  /**
   * The balances of each creditor given, in one statement (a remittance run reads all its
   * creditors' at once); a creditor with no entry has no balance listed. Read from the balances
   * the database keeps as entries are written (V31): a creditor's ledger grows with every
   * payment, and summing it on each reading, for each remittance line and each payment posted,
   * grew with it (issue 8). The verification checks them against the entries.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<UUID, List<AccountBalance>> balancesOf(Collection<UUID> creditorIds) {
    if (creditorIds.isEmpty()) {
      return Map.of();
    }
    List<?> rows = em.createNativeQuery("select cast(b.creditor_id as varchar), b.account,"
            + " b.currency, b.debits, b.credits from ledger_balance b"
            + " where b.creditor_id = any(cast(?1 as uuid[]))")
        .setParameter(1, BulkReads.uuidArray(creditorIds))
        .getResultList();
    Map<UUID, List<AccountBalance>> balances = new HashMap<>();
    for (AccountBalance b : accountBalances(rows)) {
      balances.computeIfAbsent(b.creditorId(), k -> new ArrayList<>()).add(b);
    }
    return balances;
  }

  /** Every creditor's kept balances (V31), in no particular order. */
  private List<AccountBalance> keptBalances() {
    return accountBalances(em.createNativeQuery("select cast(b.creditor_id as varchar),"
        + " b.account, b.currency, b.debits, b.credits from ledger_balance b").getResultList());
  }

  /** Rows of creditor id, account, currency, debits and credits, as balances. */
  private static List<AccountBalance> accountBalances(List<?> rows) {
    List<AccountBalance> balances = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      Currency currency = Currency.getInstance(r[2].toString().strip());
      balances.add(AccountBalance.of(UUID.fromString(r[0].toString()),
          LedgerAccount.valueOf(r[1].toString()), Money.of((BigDecimal) r[3], currency),
          Money.of((BigDecimal) r[4], currency)));
    }
    return balances;
  }

  /** How many transactions the verification reads at a time: a slice, never the whole ledger. */
  static final int VERIFICATION_SLICE = 20_000;

  /**
   * Verifies the whole ledger (managers and admins). In a transaction of its own, read-only and
   * repeatable-read: the totals, the reversals and every slice of entries are read in one
   * snapshot, so a payment posted meanwhile is either wholly seen or not at all.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LedgerVerification.Report verify() {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !(caller.has(Role.MANAGER) || caller.has(Role.ADMIN))) {
      throw new ForbiddenException("Only managers and admins verify the trust ledger");
    }
    em.createNativeQuery("set transaction isolation level repeatable read, read only")
        .executeUpdate();
    // Each slice's entries found through their transaction's index: planned on its estimates,
    // a slice scanned all the transactions or all the entries (0.6 to 1 s a slice, not 0.2).
    em.createNativeQuery("select set_config('enable_hashjoin', 'off', true),"
        + " set_config('enable_mergejoin', 'off', true), set_config('jit', 'off', true)")
        .getSingleResult();
    List<?> rows = em.createNativeQuery("select account, currency,"
            + " coalesce(sum(amount) filter (where side = 'D'), 0),"
            + " coalesce(sum(amount) filter (where side = 'C'), 0)"
            + " from ledger_entry group by account, currency")
        .getResultList();
    List<AccountBalance> totals = rows.stream().map(r -> (Object[]) r).map(r -> {
      Currency currency = Currency.getInstance(r[1].toString().strip());
      return AccountBalance.of(null, LedgerAccount.valueOf(r[0].toString()),
          Money.of((BigDecimal) r[2], currency), Money.of((BigDecimal) r[3], currency));
    }).toList();
    Map<UUID, UUID> reversals = new HashMap<>();
    for (Object row : em.createNativeQuery("select cast(id as varchar), cast(reverses_id as"
        + " varchar) from ledger_transaction where reverses_id is not null").getResultList()) {
      Object[] r = (Object[]) row;
      reversals.put(UUID.fromString(r[0].toString()), UUID.fromString(r[1].toString()));
    }
    LedgerVerification verification = new LedgerVerification(reversals);
    // By transaction id, a slice of transactions at a time with all their entries: 4.4 million
    // entries read as entities at once did not fit in the heap (issue 8).
    String after = "00000000-0000-0000-0000-000000000000";
    while (after != null) {
      after = verifySlice(verification, after);
    }
    return verification.report(totals, keptBalances());
  }

  /**
   * Gives the verification the next slice of transactions after the id given, with all their
   * entries; the last transaction's id, or null when there was none left.
   */
  private String verifySlice(LedgerVerification verification, String after) {
    List<?> slice = em.createNativeQuery("select cast(e.transaction_id as varchar),"
            + " cast(t.creditor_id as varchar), e.account, e.side, e.amount, e.currency"
            + " from (select x.id, x.creditor_id from ledger_transaction x"
            + " where x.id > cast(?1 as uuid) order by x.id limit ?2) t"
            + " join ledger_entry e on e.transaction_id = t.id order by t.id")
        .setParameter(1, after).setParameter(2, VERIFICATION_SLICE).getResultList();
    if (slice.isEmpty()) {
      return null;
    }
    List<LedgerLine> transaction = new ArrayList<>();
    for (Object row : slice) {
      Object[] r = (Object[]) row;
      UUID id = UUID.fromString(r[0].toString());
      if (!transaction.isEmpty() && !transaction.get(0).transactionId().equals(id)) {
        verification.add(transaction);
        transaction = new ArrayList<>();
      }
      Currency currency = Currency.getInstance(r[5].toString().strip());
      transaction.add(new LedgerLine(id, UUID.fromString(r[1].toString()),
          LedgerAccount.valueOf(r[2].toString()), Side.ofCode(r[3].toString().strip()),
          Money.of((BigDecimal) r[4], currency)));
    }
    verification.add(transaction);
    return transaction.get(0).transactionId().toString();
  }
}
