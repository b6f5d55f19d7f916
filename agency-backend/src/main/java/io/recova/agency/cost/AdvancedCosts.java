package io.recova.agency.cost;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseClosed;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.judicial.JudgmentCosts;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.LedgerSource;
import io.recova.agency.ledger.LedgerTransaction;
import io.recova.agency.ledger.TrustLedger;
import io.recova.agency.mandate.CostsBorneBy;
import io.recova.agency.mandate.CreditorClient;
import io.recova.agency.mandate.CreditorClientRepository;
import io.recova.agency.money.Money;
import io.recova.agency.platform.BulkReads;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Records the costs the agency advances on cases, splits each with {@link CostSplit} and posts it
 * to the trust ledger ({@link CostMovements}); recovers the debtor's share from its payments
 * (called by the payments, in the payment's transaction) and reverses a cost entered by mistake.
 * Every change is audited and put on the case's timeline.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class AdvancedCosts {

  private static final Logger LOG = Logger.getLogger(AdvancedCosts.class.getName());
  /** How far back an invoice may go: costs are recorded as they are paid, not years later. */
  static final int INCURRED_YEARS_BACK = 10;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseChanges changes;
  @Inject CreditorClientRepository creditors;
  @Inject JudgmentCosts judgments;
  @Inject TrustLedger ledger;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Records a cost the agency advanced on a case (collectors and managers). */
  public CostView record(UUID caseId, NewCost command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = requireStaff(scope.caller());
    LocalDate today = LocalDate.now(clock);
    Validated v = validate(f, command, today);
    Money total = v.amountExclVat().plus(v.vat());
    List<AdvancedCost> standing = standing(f.id());
    CostSplit split = CostSplit.decide(total, command.kind(), command.incurredOn(),
        new CostSplit.CaseFacts(f.judgmentDate(), judgments.awards(f.id(), f.currency()),
            withinAwardOf(standing, Set.of(CostKind.LAWYER_FEE), f.currency()),
            withinAwardOf(standing, Set.of(CostKind.COURT_FEE, CostKind.COMMISSAIRE_ACT),
                f.currency()),
            bearerOf(f.creditorId())));
    UUID id = UUID.randomUUID();
    String line = command.kind() + " " + total + " (" + v.supplier() + ", " + v.reference()
        + ", " + command.incurredOn() + "): debtor " + split.share().debtor() + ", "
        + split.share().otherBearer().name().toLowerCase() + " " + split.share().other();
    LedgerTransaction tx = ledger.post(CostMovements.advanced(f.creditorId(), split.share(),
            command.incurredOn(), "Cost " + shortId(id) + " on case " + f.externalReference()
                + ": " + line),
        new LedgerSource("AdvancedCost", id), f.id(), caller);
    em.flush();
    AdvancedCost cost = new AdvancedCost(id, f.id(), f.creditorId(), command.kind(),
        v.amountExclVat(), v.vat(), v.supplier(), command.incurredOn(), command.judicialStepId(),
        v.reference(), split, caller.username(), clock.instant(), tx.id());
    em.persist(cost);
    em.flush();
    changes.recordEvent(f, caller, CaseEventKind.COST_ADVANCED, null,
        line + " — " + split.share().reason());
    CostView view = cost.view(null);
    audit.record(caller, "cost.recorded", "AdvancedCost", id, null, view);
    return view;
  }

  /** The costs of a case the caller may see, oldest first, reversed ones included and marked. */
  public List<CostView> of(UUID caseId) {
    CaseFile f = scope.load(caseId);
    List<AdvancedCost> costs = em.createQuery("select c from AdvancedCost c where c.caseId = :c"
            + " order by c.incurredOn, c.recordedAt", AdvancedCost.class)
        .setParameter("c", f.id()).getResultList();
    Map<UUID, AdvancedCostReversal> reversals = reversalsOf(costs);
    return costs.stream().map(c -> c.view(reversals.get(c.id()))).toList();
  }

  /**
   * Reverses a cost entered by mistake (collectors and managers): the compensating ledger
   * transaction and the reversal on record; nothing is deleted. Refused when the debtor already
   * repaid more than the case's other costs still put on it, or when the creditor's share was
   * already deducted from a remittance: money moved on the cost, and a person must decide.
   */
  public CostView reverse(UUID costId, NewCostReversal command) {
    Caller caller = scope.caller();
    AdvancedCost cost = em.find(AdvancedCost.class, costId);
    if (cost == null || !caller.canSeeCreditor(cost.creditorId())) {
      if (cost != null) {
        LOG.warning(() -> caller + " asked for cost " + costId + " outside its scope");
        audit.record(caller, "cost.access-refused", "AdvancedCost", costId, null, null);
      }
      throw new NotFoundException("Cost", costId);
    }
    CaseFile f = scope.loadForUpdate(cost.caseId());
    requireStaff(caller);
    String reason = command == null || command.reason() == null ? "" : command.reason().strip();
    if (reason.isEmpty() || reason.length() > 500) {
      throw new InvalidInputException(List.of(new FieldViolation("reason", "cost.reversalReason",
          "Say why the cost is reversed, in at most 500 characters")));
    }
    if (em.find(AdvancedCostReversal.class, costId) != null) {
      throw new ConflictException("cost.reversed", "The cost " + shortId(costId)
          + " is already reversed");
    }
    CostView before = cost.view(null);
    LocalDate today = LocalDate.now(clock);
    LedgerTransaction tx = ledger.reverse(cost.ledgerTransactionId(),
        new LedgerSource("AdvancedCostReversal", costId), today,
        "Reversal of cost " + shortId(costId) + " (" + cost.total() + "): " + reason, caller);
    em.flush();
    AdvancedCostReversal reversal = new AdvancedCostReversal(costId, reason, caller.username(),
        clock.instant(), tx.id());
    em.persist(reversal);
    em.flush();
    if (agencyOutstanding(f.id(), f.currency()).isNegative()) {
      throw new ConflictException("cost.recovered", "The debtor already repaid part of the cost "
          + shortId(costId) + ": reverse the payment that repaid it first");
    }
    boolean rebilled = ledger.balancesOf(f.creditorId()).stream()
        .anyMatch(b -> b.account() == LedgerAccount.COSTS_RECEIVABLE
            && b.balance().isNegative());
    if (rebilled) {
      throw new ConflictException("cost.rebilled", "The creditor's share of the cost "
          + shortId(costId) + " was already deducted from a remittance: settle it with the"
          + " creditor first");
    }
    changes.recordEvent(f, caller, CaseEventKind.COST_REVERSED, null,
        cost.kind() + " " + cost.total() + " reversed: " + reason);
    CostView after = cost.view(reversal);
    audit.record(caller, "cost.reversed", "AdvancedCost", costId, before, after);
    return after;
  }

  /**
   * Takes the debtor's repayment of the agency's advances out of a payment just posted: the part
   * of the payment the valuation gave to costs (D3), up to what the debtor still owes the agency
   * on the case. The rest of the costs part (dépens or an article 700 indemnity the creditor paid
   * for itself) stays the creditor's.
   *
   * @param costsPaid the payment's allocation to costs
   * @param fundsHeld true when the payment is on the trust account
   * @return what went back to the agency, zero when nothing
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Money recover(UUID paymentId, CaseFile f, Money costsPaid, boolean fundsHeld,
      LocalDate valueDate, Caller actor) {
    Money zero = Money.zero(costsPaid.currency());
    Money outstanding = agencyOutstanding(f.id(), costsPaid.currency());
    Money amount = costsPaid.compareTo(outstanding) <= 0 ? costsPaid : outstanding;
    if (amount.isZero() || amount.isNegative()) {
      return zero;
    }
    LedgerTransaction tx = ledger.post(CostMovements.recovered(f.creditorId(), amount, fundsHeld,
            valueDate, "Costs advanced by the agency repaid by payment " + shortId(paymentId)
                + " on case " + f.externalReference() + ": " + amount),
        new LedgerSource("CostRecovery", paymentId), f.id(), actor);
    em.flush();
    em.persist(new CostRecovery(paymentId, f.id(), f.creditorId(), amount, tx.id()));
    em.flush();
    return amount;
  }

  /** Undoes the recovery of a payment being reversed: the debtor owes those costs again. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reverseRecovery(UUID paymentId, LocalDate on, String why, Caller actor) {
    CostRecovery recovery = em.find(CostRecovery.class, paymentId);
    if (recovery == null || em.find(CostRecoveryReversal.class, paymentId) != null) {
      return;
    }
    LedgerTransaction tx = ledger.reverse(recovery.ledgerTransactionId(),
        new LedgerSource("CostRecoveryReversal", paymentId), on,
        "Reversal of the costs repaid by payment " + shortId(paymentId) + ": " + why, actor);
    em.flush();
    em.persist(new CostRecoveryReversal(paymentId, clock.instant(), tx.id()));
    em.flush();
  }

  /**
   * What each of the given payments repaid the agency when it was collected, when it did. A later
   * reversal of the payment does not change it: a remittance that paid the payment deducted it,
   * and its statement keeps saying so.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<UUID, Money> recoveredBy(Collection<UUID> paymentIds) {
    if (paymentIds.isEmpty()) {
      return Map.of();
    }
    // Read only: a remittance run asks for thousands of payments it does not change (issue 8).
    Map<UUID, Money> recovered = new HashMap<>();
    for (List<UUID> ids : BulkReads.chunks(paymentIds)) {
      em.createQuery("select r from CostRecovery r where r.paymentId in :ids", CostRecovery.class)
          .setParameter("ids", ids).setHint(BulkReads.READ_ONLY, true).getResultStream()
          .forEach(r -> recovered.put(r.paymentId(), r.amount()));
    }
    return recovered;
  }

  /**
   * The costs re-billed to a creditor at cost for a period (incurred from {@code from} through
   * {@code to}), not reversed: what a fee invoice lists as débours, outside the agency's VAT base
   * (CGI 267 II 2°: sums paid in the name and for the account of the client), each with its
   * supplier's invoice. Managers and admins, or the creditor's own users.
   */
  public List<CostView> rebilled(UUID creditorId, LocalDate from, LocalDate to) {
    Caller caller = scope.caller();
    if (!caller.canSeeCreditor(creditorId)) {
      LOG.warning(() -> caller + " asked for the costs re-billed to creditor " + creditorId);
      audit.record(caller, "cost.access-refused", "CreditorClient", creditorId, null, null);
      throw new NotFoundException("Creditor client", creditorId);
    }
    if (!caller.isCreditorScoped() && !caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
      throw new ForbiddenException("Only managers read the costs re-billed to a creditor");
    }
    return rebilledOf(creditorId, from, to);
  }

  /** The same without a caller, for the services that produce documents (which check it). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CostView> rebilledOf(UUID creditorId, LocalDate from, LocalDate to) {
    List<AdvancedCost> costs = em.createQuery("select c from AdvancedCost c"
            + " where c.creditorId = :c and c.incurredOn >= :from and c.incurredOn <= :to"
            + " and c.otherBearer = 'CREDITOR' and c.id not in"
            + " (select r.costId from AdvancedCostReversal r)"
            + " order by c.incurredOn, c.recordedAt", AdvancedCost.class)
        .setParameter("c", creditorId).setParameter("from", from).setParameter("to", to)
        .getResultList();
    return costs.stream().map(c -> c.view(null))
        .filter(v -> !v.creditorShare().isZero()).toList();
  }

  /**
   * When a case closes, what the debtor still owes of the agency's advances will not be repaid:
   * it falls to the mandate's bearer of unrecoverable costs, the creditor (re-billed, netted from
   * its next remittance) or the agency. In the closing's transaction; nothing when nothing is
   * owed. A payment arriving later still repays costs first, but to the creditor, who bore them.
   */
  void chargeUnrecovered(@Observes CaseClosed closed) {
    if (em.find(UnrecoveredCost.class, closed.caseId()) != null) {
      return;
    }
    CaseFile f = em.find(CaseFile.class, closed.caseId());
    Money owed = agencyOutstanding(f.id(), f.currency());
    if (owed.isZero() || owed.isNegative()) {
      return;
    }
    CostBearer bearer = bearerOf(f.creditorId());
    String line = owed + " of costs advanced and never repaid by the debtor charged to the "
        + bearer.name().toLowerCase() + " as the case closes " + closed.stage();
    LedgerTransaction tx = ledger.post(CostMovements.unrecovered(f.creditorId(), owed, bearer,
            LocalDate.now(clock), "Case " + closed.caseReference() + ": " + line),
        new LedgerSource("UnrecoveredCost", f.id()), f.id(), closed.actor());
    em.flush();
    UnrecoveredCost charged = new UnrecoveredCost(f.id(), f.creditorId(), owed, bearer,
        clock.instant(), tx.id());
    em.persist(charged);
    em.flush();
    changes.recordEvent(f, closed.actor(), CaseEventKind.COST_UNRECOVERED, null, line);
    audit.record(closed.actor(), "cost.unrecovered-charged", "Case", f.id(), null,
        new Charged(owed, bearer, tx.id()));
  }

  /** The audit trail's record of unrecovered costs charged to their bearer. */
  public record Charged(Money amount, CostBearer borneBy, UUID ledgerTransactionId) {}

  /**
   * What the debtor still owes the agency on a case: its shares less what it repaid and less
   * what was charged to another bearer when the case closed.
   */
  Money agencyOutstanding(UUID caseId, Currency currency) {
    Money shares = standing(caseId).stream().map(c -> c.split().share().debtor())
        .filter(m -> m.currency().equals(currency))
        .reduce(Money.zero(currency), Money::plus);
    Money repaid = em.createQuery("select r from CostRecovery r where r.caseId = :c"
            + " and r.paymentId not in (select x.paymentId from CostRecoveryReversal x)",
            CostRecovery.class)
        .setParameter("c", caseId).getResultStream().map(CostRecovery::amount)
        .filter(m -> m.currency().equals(currency))
        .reduce(Money.zero(currency), Money::plus);
    UnrecoveredCost charged = em.find(UnrecoveredCost.class, caseId);
    if (charged != null && charged.amount().currency().equals(currency)) {
      repaid = repaid.plus(charged.amount());
    }
    return shares.minus(repaid);
  }

  /** The case's costs that still count: not reversed. */
  List<AdvancedCost> standing(UUID caseId) {
    return em.createQuery("select c from AdvancedCost c where c.caseId = :c"
            + " and c.id not in (select r.costId from AdvancedCostReversal r)",
            AdvancedCost.class)
        .setParameter("c", caseId).getResultList();
  }

  private static Money withinAwardOf(List<AdvancedCost> costs, Set<CostKind> kinds,
      Currency currency) {
    return costs.stream().filter(c -> kinds.contains(c.kind()))
        .map(c -> c.split().debtorWithinAward())
        .filter(m -> m.currency().equals(currency))
        .reduce(Money.zero(currency), Money::plus);
  }

  private CostBearer bearerOf(UUID creditorId) {
    CostsBorneBy bearer = creditors.find(creditorId).map(CreditorClient::mandate)
        .map(m -> m.unrecoverableCostsBorneBy()).orElse(CostsBorneBy.CREDITOR);
    return bearer == CostsBorneBy.AGENCY ? CostBearer.AGENCY : CostBearer.CREDITOR;
  }

  private Map<UUID, AdvancedCostReversal> reversalsOf(List<AdvancedCost> costs) {
    if (costs.isEmpty()) {
      return new HashMap<>();
    }
    return em.createQuery("select r from AdvancedCostReversal r where r.costId in :ids",
            AdvancedCostReversal.class)
        .setParameter("ids", costs.stream().map(AdvancedCost::id).toList())
        .getResultStream()
        .collect(Collectors.toMap(AdvancedCostReversal::costId, Function.identity()));
  }

  private record Validated(Money amountExclVat, Money vat, String supplier, String reference) {}

  private Validated validate(CaseFile f, NewCost command, LocalDate today) {
    if (command == null) {
      throw new InvalidInputException(List.of(new FieldViolation("body", "body.required",
          "A request body is required")));
    }
    List<FieldViolation> bad = new ArrayList<>();
    Currency currency = f.currency();
    int digits = currency.getDefaultFractionDigits();
    if (command.kind() == null) {
      bad.add(new FieldViolation("kind", "cost.kind",
          "Say what the cost paid for: " + List.of(CostKind.values())));
    }
    BigDecimal amount = command.amountExclVat();
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > digits) {
      bad.add(new FieldViolation("amountExclVat", "amount.positive",
          "The amount before VAT is above zero, with at most " + digits + " decimals"));
    }
    BigDecimal vat = command.vat() == null ? BigDecimal.ZERO : command.vat();
    if (vat.signum() < 0 || vat.stripTrailingZeros().scale() > digits) {
      bad.add(new FieldViolation("vat", "cost.vat",
          "The VAT is zero or above, with at most " + digits + " decimals"));
    } else if (command.kind() == CostKind.COURT_FEE && vat.signum() != 0) {
      bad.add(new FieldViolation("vat", "cost.vat",
          "A court fee (greffe) carries no VAT"));
    }
    if (command.currency() != null
        && !currency.getCurrencyCode().equalsIgnoreCase(command.currency().strip())) {
      bad.add(new FieldViolation("currency", "cost.currency",
          "The case is in " + currency + ": a cost is recorded in that currency"));
    }
    String supplier = command.supplier() == null ? "" : command.supplier().strip();
    if (supplier.isEmpty() || supplier.length() > 200) {
      bad.add(new FieldViolation("supplier", "cost.supplier",
          "Name the supplier or professional paid, in at most 200 characters"));
    }
    String reference = command.reference() == null ? "" : command.reference().strip();
    if (reference.isEmpty() || reference.length() > 100) {
      bad.add(new FieldViolation("reference", "cost.reference",
          "Give the supplier's invoice number, in at most 100 characters"));
    }
    LocalDate incurred = command.incurredOn();
    if (incurred == null || incurred.isAfter(today)
        || incurred.isBefore(today.minusYears(INCURRED_YEARS_BACK))) {
      bad.add(new FieldViolation("incurredOn", "cost.incurredOn",
          "The day the agency paid the cost: today or earlier, within " + INCURRED_YEARS_BACK
              + " years"));
    }
    if (command.judicialStepId() != null) {
      List<?> owner = em.createNativeQuery("select cast(case_id as varchar) from judicial_step"
              + " where id = cast(?1 as uuid)")
          .setParameter(1, command.judicialStepId().toString()).getResultList();
      if (owner.isEmpty() || !f.id().toString().equals(owner.get(0).toString())) {
        bad.add(new FieldViolation("judicialStepId", "cost.step",
            "The step is not one of this case's judicial steps"));
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return new Validated(Money.of(amount, currency), Money.of(vat.setScale(digits), currency),
        supplier, reference);
  }

  private static Caller requireStaff(Caller caller) {
    if (caller.isCreditorScoped()
        || !(caller.has(Role.COLLECTOR) || caller.has(Role.MANAGER))) {
      throw new ForbiddenException("Only collectors and managers record or reverse costs");
    }
    return caller;
  }

  private static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }
}
