package io.recova.agency.payment;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFacts;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseLifecycle;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseValuator;
import io.recova.agency.casefile.Claim;
import io.recova.agency.casefile.Stage;
import io.recova.agency.casefile.TransitionRefusedException;
import io.recova.agency.cost.AdvancedCosts;
import io.recova.agency.fee.FeeBookingView;
import io.recova.agency.fee.FeeBookings;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.LedgerSource;
import io.recova.agency.ledger.LedgerTransaction;
import io.recova.agency.ledger.TrustLedger;
import io.recova.agency.money.Money;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import io.recova.agency.valuation.CaseBalance;
import io.recova.agency.valuation.PaymentAllocation;
import io.recova.agency.valuation.ReceivedPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Posts payments on cases and reverses them. Each post or reversal writes its ledger transaction,
 * its line on the case's timeline and its audit event in one transaction, under the case's write
 * lock (see the package description for concurrency). A payment that brings the balance due to
 * zero closes the case as paid when the lifecycle allows it.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class Payments {

  private static final Logger LOG = Logger.getLogger(Payments.class.getName());

  /** How far back a value date may go: a declared direct payment can be old, not older. */
  static final int VALUE_DATE_YEARS_BACK = 10;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseChanges changes;
  @Inject CaseValuator valuator;
  @Inject TrustLedger ledger;
  @Inject FeeBookings fees;
  @Inject AdvancedCosts costs;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * A payment posted, or found again.
   *
   * @param created false when the same request was posted before under the same key
   */
  public record Posted(PaymentView payment, boolean created) {}

  /**
   * Posts a payment on a case. Agency staff (collectors, managers) post any method; a creditor's
   * user only declares what the debtor paid it directly, on its own case. A retry with the same
   * key and content returns the first payment and posts nothing.
   *
   * @throws KeyReusedException when the key was used on the case for another payment
   */
  public Posted post(UUID caseId, String idempotencyKey, NewPayment command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = scope.caller();
    IdempotencyKey key = new IdempotencyKey(idempotencyKey);
    if (command == null) {
      throw new InvalidInputException(List.of(new FieldViolation("body", "body.required",
          "A request body is required")));
    }
    if (caller.isCreditorScoped()) {
      if (command.method() != PaymentMethod.DIRECT_TO_CREDITOR) {
        throw new ForbiddenException("A creditor declares only the payments the debtor made to it"
            + " directly (method DIRECT_TO_CREDITOR)");
      }
    } else if (!caller.has(Role.COLLECTOR) && !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only collectors and managers post payments");
    }
    String fingerprint = command.fingerprint();
    Optional<Payment> earlier = em.createQuery("select p from Payment p where p.caseId = :case"
            + " and p.idempotencyKey = :key", Payment.class)
        .setParameter("case", f.id())
        .setParameter("key", key.value())
        .getResultStream().findFirst();
    if (earlier.isPresent()) {
      if (!earlier.get().isSameRequest(fingerprint)) {
        throw new KeyReusedException("The Idempotency-Key " + key.value() + " was used on this"
            + " case for another payment (" + earlier.get().amount() + " on "
            + earlier.get().valueDate() + "): use a new key for a new payment");
      }
      return new Posted(view(earlier.get()), false);
    }
    LocalDate today = LocalDate.now(clock);
    Money amount = validate(f, command, today);
    String reference = blankToNull(command.reference());

    ReceivedPayment received = new ReceivedPayment(command.valueDate(), amount,
        command.designatedClaimId());
    Money heldBefore = valuator.value(f, today).held();
    CaseBalance after = valuator.valueWith(f, today, received);
    Money held = after.held().minus(heldBefore);

    UUID id = UUID.randomUUID();
    String line = describe(amount, command.method(), command.valueDate(), reference, held);
    LedgerTransaction tx = ledger.post(
        PaymentMovements.received(f.creditorId(), amount, command.method(), command.valueDate(),
            "Payment " + shortId(id) + " on case " + f.externalReference() + ": " + line),
        new LedgerSource("Payment", id), f.id(), caller);
    Payment payment = new Payment(id, f.id(), f.creditorId(), amount, command.method(),
        command.valueDate(), command.designatedClaimId(), reference, key, fingerprint, held,
        caller.username(), clock.instant(), tx.id());
    em.persist(payment);
    try {
      em.flush();
    } catch (PersistenceException race) {
      // The case lock makes this unreachable in practice; the unique key is the backstop.
      throw new ConflictException("payment.concurrent", "Another payment with the key "
          + key.value() + " was posted on this case meanwhile: retry to get it");
    }
    // The fee at the stage the case was in when the money came in, before the payment closes it.
    PaymentAllocation allocation = after.allocationOf(received).orElseThrow(
        () -> new IllegalStateException("The valuation lost payment " + id));
    // Costs first (D3): what repays the agency's advances goes back to it, not to the creditor.
    Money repaid = costs.recover(id, f, allocation.costs(), command.method().intoTrustAccount(),
        command.valueDate(), caller);
    fees.book(new FeeBookings.Collected(id, f.id(), f.creditorId(), f.externalReference(),
        f.stage(), allocation, command.method().intoTrustAccount(), repaid), caller);
    changes.recordEvent(f, caller, CaseEventKind.PAYMENT_RECEIVED, command.valueDate(), line);
    PaymentView view = view(payment);
    audit.record(caller, "payment.recorded", "Payment", id, null, view);
    closeWhenPaid(f, caller, after, "Paid in full: payment " + shortId(id));
    return new Posted(view, true);
  }

  /**
   * Reverses a payment (agency staff): the compensating ledger transaction, the reversal on
   * record, the payment no longer counts. Nothing is deleted.
   *
   * @throws ConflictException when the payment is already reversed
   */
  public PaymentView reverse(UUID paymentId, NewReversal command) {
    Caller caller = scope.caller();
    Payment payment = visible(paymentId, caller);
    CaseFile f = scope.loadForUpdate(payment.caseId());
    if (caller.isCreditorScoped()
        || !(caller.has(Role.COLLECTOR) || caller.has(Role.MANAGER))) {
      throw new ForbiddenException("Only collectors and managers reverse payments");
    }
    List<FieldViolation> bad = new ArrayList<>();
    if (command == null || command.reason() == null) {
      bad.add(new FieldViolation("reason", "reversal.reason",
          "Say why the payment is reversed: " + List.of(ReversalReason.values())));
    }
    String note = command == null ? null : blankToNull(command.note());
    if (note != null && note.length() > 500) {
      bad.add(new FieldViolation("note", "tooLong", "At most 500 characters"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (reversalOf(payment.id()).isPresent()) {
      throw new ConflictException("payment.reversed",
          "The payment " + shortId(payment.id()) + " is already reversed");
    }
    // The reclaim below is worked out from the creditor's balances: no remittance run nor other
    // reversal may move them meanwhile.
    ledger.lockFundsMovements();
    PaymentView before = view(payment);
    LocalDate today = LocalDate.now(clock);
    UUID id = UUID.randomUUID();
    String why = command.reason() + (note == null ? "" : " — " + note);
    LedgerTransaction tx = ledger.reverse(payment.ledgerTransactionId(),
        new LedgerSource("PaymentReversal", id), today,
        "Reversal of payment " + shortId(payment.id()) + " (" + payment.amount() + "): " + why,
        caller);
    fees.reverse(payment.id(), today, why, caller);
    costs.reverseRecovery(payment.id(), today, why, caller);
    em.flush();
    // A payment whose funds were remitted already: the bank took back money the creditor was
    // paid, so the agency advances it and the creditor owes it back, in this same transaction.
    RemittedFundsReclaim reclaim = RemittedFundsReclaim.of(
        ledger.balancesOf(payment.creditorId()), payment.amount().currency());
    UUID reclaimTx = reclaim.movement(payment.creditorId(), today,
            "Funds of payment " + shortId(payment.id()) + " remitted before its reversal: "
                + describe(reclaim))
        .map(m -> ledger.post(m, new LedgerSource("RemittedFundsReclaim", id), f.id(), caller))
        .map(LedgerTransaction::id).orElse(null);
    refuseOverdrawing(payment);
    PaymentReversal reversal = new PaymentReversal(id, payment.id(), command.reason(), note,
        caller.username(), clock.instant(), tx.id(), reclaim, reclaimTx);
    em.persist(reversal);
    try {
      em.flush();
    } catch (PersistenceException race) {
      throw new ConflictException("payment.reversed",
          "The payment " + shortId(payment.id()) + " was reversed meanwhile");
    }
    String line = payment.amount() + " of " + payment.valueDate() + " reversed: " + why;
    if (!reclaim.isNone()) {
      line += "; " + describe(reclaim);
    }
    if (f.stage().isClosed()) {
      // A closed case never moves again (CaseLifecycle): say what is owed again, for a manager
      // to decide (a new case for the remainder, or a write-off).
      Money due = valuator.value(f, today).due();
      if (due.amount().signum() > 0) {
        line += "; the case is " + f.stage() + " but " + due + " is due again";
      }
    }
    changes.recordEvent(f, caller, CaseEventKind.PAYMENT_REVERSED, null, line);
    PaymentView after =
        payment.view(reversal, fees.of(List.of(payment.id())).get(payment.id()));
    audit.record(caller, "payment.reversed", "Payment", payment.id(), before, after);
    return after;
  }

  /** The payments of a case, oldest value date first, reversed ones included and marked. */
  public List<PaymentView> of(UUID caseId) {
    CaseFile f = scope.load(caseId);
    Map<UUID, PaymentReversal> reversals = em.createQuery("select r from PaymentReversal r,"
            + " Payment p where p.id = r.paymentId and p.caseId = :case", PaymentReversal.class)
        .setParameter("case", f.id())
        .getResultStream().collect(Collectors.toMap(PaymentReversal::paymentId,
            Function.identity()));
    List<Payment> payments = em.createQuery("select p from Payment p where p.caseId = :case"
            + " order by p.valueDate, p.recordedAt, p.id", Payment.class)
        .setParameter("case", f.id())
        .getResultList();
    Map<UUID, FeeBookingView> booked = fees.of(payments.stream().map(Payment::id).toList());
    return payments.stream()
        .map(p -> p.view(reversals.get(p.id()), booked.get(p.id()))).toList();
  }

  /** One payment whose case the caller may see. */
  public PaymentView get(UUID paymentId) {
    return view(visible(paymentId, scope.caller()));
  }

  private Money validate(CaseFile f, NewPayment command, LocalDate today) {
    List<FieldViolation> bad = new ArrayList<>();
    Currency currency = f.currency();
    int digits = currency.getDefaultFractionDigits();
    BigDecimal amount = command.amount();
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > digits) {
      bad.add(new FieldViolation("amount", "amount.positive",
          "The amount is above zero, with at most " + digits + " decimals"));
    }
    if (command.currency() == null
        || !currency.getCurrencyCode().equalsIgnoreCase(command.currency().strip())) {
      bad.add(new FieldViolation("currency", "payment.currency",
          "The case is in " + currency + ": a payment is posted in that currency"));
    }
    if (command.method() == null) {
      bad.add(new FieldViolation("method", "payment.method",
          "Say how the debtor paid: " + List.of(PaymentMethod.values())));
    }
    LocalDate valueDate = command.valueDate();
    if (valueDate == null || valueDate.isAfter(today)
        || valueDate.isBefore(today.minusYears(VALUE_DATE_YEARS_BACK))) {
      bad.add(new FieldViolation("valueDate", "payment.valueDate",
          "The value date is the day the money moved: today or earlier, within "
              + VALUE_DATE_YEARS_BACK + " years"));
    }
    UUID claim = command.designatedClaimId();
    if (claim != null && f.claims().stream().map(Claim::id).noneMatch(claim::equals)) {
      bad.add(new FieldViolation("designatedClaimId", "payment.claim",
          "The designated claim is not one of this case's claims"));
    }
    if (command.reference() != null && command.reference().strip().length() > 100) {
      bad.add(new FieldViolation("reference", "tooLong", "At most 100 characters"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return Money.of(amount, currency);
  }

  /**
   * Moves the case to CLOSED_PAID when nothing is due any more and the lifecycle allows it from
   * where the case stands. A suspended (disputed, on hold) or closed case is left as it is: a
   * person decides. Checked before moving, since a refused move would roll the payment back.
   */
  private void closeWhenPaid(CaseFile f, Caller caller, CaseBalance after, String reason) {
    if (after.due().amount().signum() > 0 || f.stage().isClosed() || f.stage().isSuspended()) {
      return;
    }
    try {
      CaseLifecycle.check(new CaseFacts(f.stage(), f.suspendedFrom(),
              f.formalNoticeDate().isPresent(), f.judgmentDate().isPresent(),
              after.due().amount()),
          new CaseLifecycle.Request(Stage.CLOSED_PAID, reason, caller.has(Role.MANAGER)));
    } catch (TransitionRefusedException refused) {
      LOG.info(() -> "Case " + f.id() + " paid but not closed: " + refused.getMessage());
      return;
    }
    changes.move(f, caller, Stage.CLOSED_PAID, reason);
  }

  /**
   * The safety net after {@link RemittedFundsReclaim}: the creditor's funds must not be below
   * zero, or another creditor's money would pay for the reversed payment. The reclaim brings them
   * back to zero, so this only fires on a bug; the whole reversal is then rolled back.
   */
  private void refuseOverdrawing(Payment payment) {
    em.flush();
    boolean overdrawn = ledger.balancesOf(payment.creditorId()).stream()
        .filter(b -> b.account() == LedgerAccount.CREDITOR_PAYABLE
            || b.account() == LedgerAccount.TRUST_BANK)
        .anyMatch(b -> b.balance().isNegative());
    if (overdrawn) {
      throw new ConflictException("payment.overdrawn", "Reversing payment "
          + shortId(payment.id()) + " would leave its creditor's funds below zero, paid with"
          + " other creditors' money: nothing was reversed");
    }
  }

  /** Loads a payment whose case the caller may see; another creditor's is "not found". */
  private Payment visible(UUID id, Caller caller) {
    Payment p = em.find(Payment.class, id);
    if (p == null || !caller.canSeeCreditor(p.creditorId())) {
      if (p != null) {
        LOG.warning(() -> caller + " asked for payment " + id + " outside its scope");
        audit.record(caller, "payment.access-refused", "Payment", id, null, null);
      }
      throw new NotFoundException("Payment", id);
    }
    return p;
  }

  private Optional<PaymentReversal> reversalOf(UUID paymentId) {
    return em.createQuery("select r from PaymentReversal r where r.paymentId = :id",
            PaymentReversal.class)
        .setParameter("id", paymentId).getResultStream().findFirst();
  }

  private PaymentView view(Payment p) {
    return p.view(reversalOf(p.id()).orElse(null), fees.of(List.of(p.id())).get(p.id()));
  }

  private static String describe(Money amount, PaymentMethod method, LocalDate valueDate,
      String reference, Money held) {
    return amount + " " + (method == PaymentMethod.DIRECT_TO_CREDITOR
        ? "paid directly to the creditor" : "by " + method.name().toLowerCase().replace('_', ' '))
        + ", value " + valueDate + (reference == null ? "" : ", ref. " + reference)
        + (held.isZero() ? "" : "; " + held + " paid beyond the balance, held on the case");
  }

  /** The reclaim in words, for the case's timeline, the ledger and the audit trail. */
  private static String describe(RemittedFundsReclaim reclaim) {
    List<String> parts = new ArrayList<>();
    if (!reclaim.advanced().isZero()) {
      parts.add("the agency advanced " + reclaim.advanced() + " to the trust account");
    }
    if (!reclaim.reclaimed().isZero()) {
      parts.add(reclaim.reclaimed() + " already remitted to the creditor is owed back and will be"
          + " deducted from its next remittance");
    }
    Money refunded = reclaim.feesRefunded().plus(reclaim.costsRefunded());
    if (!refunded.isZero()) {
      parts.add(refunded + " of fees or costs the creditor had paid on it is owed back to it");
    }
    return String.join("; ", parts);
  }

  private static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
