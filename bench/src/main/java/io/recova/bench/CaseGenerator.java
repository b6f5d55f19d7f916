package io.recova.bench;

import io.recova.agency.casefile.CaseAuditState;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.ClaimView;
import io.recova.agency.casefile.DebtorKind;
import io.recova.agency.casefile.DebtorProfile;
import io.recova.agency.casefile.DebtorView;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.casefile.Stage;
import io.recova.agency.fee.CollectedPayment;
import io.recova.agency.fee.FeeAssessment;
import io.recova.agency.fee.FeeCalculator;
import io.recova.agency.fee.FeeLine;
import io.recova.agency.fee.FeeMovements;
import io.recova.agency.fee.FeeStage;
import io.recova.agency.fee.VatRateTable;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.money.Money;
import io.recova.agency.payment.PaymentMethod;
import io.recova.agency.payment.PaymentMovements;
import io.recova.agency.payment.PaymentView;
import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.valuation.Limitation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one dossier with everything the application would have written over its life: the
 * intake (debtor, case, claims, the OPENED event, the audit of both), the stage moves with their
 * events and audit, the collector's activities, promises, a payment plan, a dispute or judicial
 * proceedings according to the stage, and payments with their fees, ledger transactions and
 * audit. Money goes through the application's own calculators and movements.
 */
final class CaseGenerator {

  static final String COLLECTOR = "collector";
  static final String MANAGER = "manager";

  private static final BigDecimal STANDARD_VAT = new BigDecimal("20.00");
  /** VAT on fees as the migrations seed it: 20 % since 2014 (CGI art. 278). */
  static final VatRateTable FEE_VAT =
      VatRateTable.of(Map.of(LocalDate.of(2014, 1, 1), STANDARD_VAT));

  /** Target stages and their weights in a portfolio (closed-paid ones are left out, see README). */
  private static final Stage[] STAGES = {Stage.NEW, Stage.AMICABLE, Stage.FORMAL_NOTICE,
      Stage.PAYMENT_PLAN, Stage.JUDICIAL, Stage.ENFORCEMENT, Stage.DISPUTED, Stage.ON_HOLD,
      Stage.RETURNED_TO_CLIENT};
  private static final int[] STAGE_WEIGHTS = {8, 38, 18, 8, 9, 4, 3, 3, 9};

  private final Dice dice;
  private final Tables t;
  private final LedgerWriter ledger;
  private final AuditWriter audit;
  private final RemittanceHistory history;
  private final LocalDate asOf;

  CaseGenerator(Dice dice, Tables tables, LedgerWriter ledger, AuditWriter audit,
      RemittanceHistory history, LocalDate asOf) {
    this.dice = dice;
    this.t = tables;
    this.ledger = ledger;
    this.audit = audit;
    this.history = history;
    this.asOf = asOf;
  }

  /** What shapes one dossier. */
  enum Kind {
    /** A dossier of a portfolio, at any stage of its life. */
    PORTFOLIO,
    /** A dossier just submitted: what an import writes (the intake benchmark's COPY floor). */
    INTAKE,
    /** An amicable dossier with one payment last month, not yet remitted (the statement). */
    STATEMENT
  }

  private record Event(Instant at, String actor, CaseEventKind kind, LocalDate legalDate,
      Stage from, Stage to, String note, boolean internal) {}

  /** Writes the dossier; its number makes its reference unique within the creditor. */
  UUID write(Creditors.Creditor creditor, long number, Kind kind) {
    UUID caseId = dice.uuid();
    String reference = "D" + creditor.index() + "-" + String.format("%07d", number);
    LocalDate opened = switch (kind) {
      case INTAKE -> asOf;
      case STATEMENT -> asOf.minusMonths(2).withDayOfMonth(1).minusDays(dice.between(0, 200));
      case PORTFOLIO -> asOf.minusDays(dice.between(10, 3 * 365));
    };
    Instant openedAt = kind == Kind.INTAKE ? Instant.now() : Creditors.Clock.at(opened, dice);
    ClaimNature nature = dice.chance(0.6) ? ClaimNature.B2B
        : dice.chance(0.9) ? ClaimNature.B2C : ClaimNature.CIVIL;

    // The debtor, as the intake creates it.
    UUID debtorId = dice.uuid();
    boolean company = nature == ClaimNature.B2B;
    String first = dice.pick(Names.FIRST);
    String last = dice.pick(Names.LAST);
    String name = company ? dice.pick(Names.TRADE) + " " + last + " " + dice.pick(Names.FORM)
        : first + " " + last;
    String registration = company && dice.chance(0.8) ? dice.siren() : null;
    DebtorProfile profile = kind == Kind.PORTFOLIO && dice.chance(0.4)
        ? dice.pick(new DebtorProfile[] {DebtorProfile.GOOD_PAYER, DebtorProfile.NEGLIGENT,
            DebtorProfile.IN_DIFFICULTY, DebtorProfile.UNREACHABLE})
        : DebtorProfile.UNKNOWN;
    Instant consent = dice.chance(0.3) ? openedAt : null;
    String[] town = dice.pick(Names.TOWN);
    PostalAddress address = new PostalAddress(dice.between(1, 180) + " " + dice.pick(
        Names.STREET), null, town[0], town[1], "FR");
    List<String> emails = dice.chance(0.6)
        ? List.of(Names.ascii(first + " " + last) + dice.between(1, 99) + "@exemple.fr")
        : List.of();
    List<String> phones = dice.chance(0.7) ? List.of("06" + dice.digits(8).substring(1) + "0")
        : List.of();
    DebtorKind debtorKind = company ? DebtorKind.COMPANY : DebtorKind.PERSON;
    t.debtor.row(debtorId, creditor.id(), debtorKind.name(), name, registration, profile.name(),
        consent, openedAt);
    t.debtorAddress.row(debtorId, 0, address.line1(), null, address.postalCode(), address.city(),
        address.countryCode());
    int position = 0;
    for (String email : emails) {
      t.debtorContact.row(debtorId, position++, "EMAIL", email);
    }
    for (String phone : phones) {
      t.debtorContact.row(debtorId, position++, "PHONE", phone);
    }
    audit.record(openedAt, MANAGER, "debtor.created", "Debtor", debtorId, null,
        new DebtorView(debtorId, debtorKind, name, registration, profile, List.of(address),
            emails, phones, consent, Set.of()));

    // The claims: invoices fallen due before the creditor entrusted them.
    int claimCount = claimCount(kind);
    List<ClaimView> claims = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    LocalDate earliestDue = null;
    for (int i = 0; i < claimCount; i++) {
      LocalDate due = opened.minusDays(dice.between(15, 180));
      LocalDate invoiced = due.minusDays(30);
      BigDecimal principal = kind == Kind.STATEMENT
          ? dice.amount(new BigDecimal("300"), new BigDecimal("0.5"), new BigDecimal("50"),
              new BigDecimal("2000"))
          : dice.amount(new BigDecimal("900"), new BigDecimal("1.1"), new BigDecimal("20"),
              new BigDecimal("150000"));
      BigDecimal rate = company && dice.chance(0.2) ? new BigDecimal("10.0000") : null;
      claims.add(new ClaimView(dice.uuid(), "F" + invoiced.getYear() + "-" + dice.digits(6) + "-"
          + i, invoiced, due, principal, "EUR", nature, rate,
          nature == ClaimNature.CIVIL ? null : STANDARD_VAT));
      total = total.add(principal);
      earliestDue = earliestDue == null || due.isBefore(earliestDue) ? due : earliestDue;
    }
    Money principalTotal = Money.of(total, FeeSchedule.EUR);

    // The life of the case: the stage moves, spread between intake and today.
    Stage target = switch (kind) {
      case INTAKE -> Stage.NEW;
      case STATEMENT -> Stage.AMICABLE;
      case PORTFOLIO -> stage();
    };
    List<Stage> path = pathTo(target);
    List<LocalDate> moves = new ArrayList<>();
    long span = Math.max(1, ChronoUnit.DAYS.between(opened, asOf) - 1);
    for (int i = 0; i < path.size(); i++) {
      moves.add(opened.plusDays(Math.max(1, span * (i + 1) / (path.size() + 1))));
    }
    List<Event> events = new ArrayList<>();
    events.add(new Event(openedAt, MANAGER, CaseEventKind.OPENED, null, null, Stage.NEW, null,
        false));
    String collector = target != Stage.NEW && dice.chance(0.7) ? COLLECTOR : null;
    LocalDate formalNotice = null;
    LocalDate judgment = null;
    LocalDate served = null;
    LocalDate judicialFrom = null;
    Stage stage = Stage.NEW;
    Stage suspendedFrom = null;
    CaseAuditState state = new CaseAuditState(creditor.id(), reference, debtorId, Stage.NEW,
        null, null, null, null, null, earliestDue, claims);
    audit.record(openedAt, MANAGER, "case.opened", "Case", caseId, null, state);
    Instant lastMove = openedAt;
    for (int i = 0; i < path.size(); i++) {
      Stage next = path.get(i);
      LocalDate day = moves.get(i);
      Instant at = Creditors.Clock.at(day, dice);
      if (i == 0 && collector != null) {
        events.add(new Event(at, MANAGER, CaseEventKind.COLLECTOR_ASSIGNED, null, null, null,
            collector, true));
        CaseAuditState assigned = withStage(state, stage, suspendedFrom, collector,
            formalNotice, judgment, served);
        audit.record(at, MANAGER, "case.collector-assigned", "Case", caseId, state, assigned);
        state = assigned;
        at = at.plusSeconds(60);
      }
      if (next == Stage.FORMAL_NOTICE) {
        formalNotice = day;
        events.add(new Event(at, COLLECTOR, CaseEventKind.FORMAL_NOTICE, day, null, null, null,
            false));
      }
      if (next == Stage.JUDICIAL) {
        judicialFrom = day;
        judicial(caseId, creditor, nature, day, at, events);
      }
      if (next == Stage.ENFORCEMENT) {
        judgment = day.minusDays(Math.min(20, ChronoUnit.DAYS.between(judicialFrom, day) / 2));
        served = day;
        events.add(new Event(at, COLLECTOR, CaseEventKind.JUDGMENT, judgment, null, null,
            "Payment order made enforceable", false));
        events.add(new Event(at, COLLECTOR, CaseEventKind.JUDGMENT_SERVED, served, null, null,
            null, false));
      }
      if (next == Stage.DISPUTED) {
        dispute(caseId, creditor, at, events);
      }
      if (next == Stage.DISPUTED || next == Stage.ON_HOLD) {
        suspendedFrom = stage;
      }
      events.add(new Event(at, COLLECTOR, CaseEventKind.STAGE_CHANGED, null, stage, next, null,
          false));
      CaseAuditState after = withStage(state, next, suspendedFrom, collector, formalNotice,
          judgment, served);
      audit.record(at, COLLECTOR, "case.stage-changed", "Case", caseId, state, after);
      state = after;
      stage = next;
      lastMove = at;
    }

    // The collector's work, and the debtor's money.
    if (target != Stage.NEW) {
      LocalDate workFrom = moves.get(0);
      activities(caseId, debtorId, workFrom, kind == Kind.STATEMENT ? 1 : dice.between(0, 5));
      if ((target == Stage.AMICABLE || target == Stage.FORMAL_NOTICE) && kind == Kind.PORTFOLIO
          && dice.chance(0.15)) {
        promise(caseId, principalTotal, workFrom, events);
      }
      Payments payments = new Payments(caseId, reference, creditor, principalTotal);
      if (kind == Kind.STATEMENT) {
        LocalDate lastMonth = asOf.minusMonths(1);
        payments.post(lastMonth.withDayOfMonth(dice.between(1, lastMonth.lengthOfMonth())),
            principalTotal.times(new BigDecimal("0.2"), RoundingMode.HALF_UP),
            PaymentMethod.BANK_TRANSFER, FeeStage.AMICABLE, events);
      } else if (target == Stage.PAYMENT_PLAN) {
        plan(caseId, creditor, principalTotal, moves.get(path.size() - 1), payments, events);
      } else if (dice.chance(0.3)) {
        int count = dice.between(1, 3);
        for (int i = 0; i < count; i++) {
          LocalDate day = workFrom.plusDays(dice.between(0,
              (int) Math.max(0, ChronoUnit.DAYS.between(workFrom, asOf) - 1)));
          FeeStage feeStage = judicialFrom != null && !day.isBefore(judicialFrom)
              ? FeeStage.JUDICIAL : FeeStage.AMICABLE;
          BigDecimal share = BigDecimal.valueOf(dice.between(5, 13), 2);
          payments.post(day, principalTotal.times(share, RoundingMode.HALF_UP), method(),
              feeStage, events);
        }
      }
    }

    // The limitation date, as the application keeps it: the earliest claim's, restarted by the
    // interrupting events; ten years from a served judgment.
    List<Limitation.Event> interruptions = new ArrayList<>();
    for (Event e : events) {
      if (e.legalDate() != null && e.kind().limitation().isPresent()) {
        interruptions.add(new Limitation.Event(e.kind().limitation().get(), e.legalDate()));
      }
    }
    LocalDate limitation = served != null
        ? Limitation.ofCourtTitle(served, interruptions).limitationDate()
        : claims.stream().map(c -> Limitation.of(nature, c.dueDate(), interruptions)
            .limitationDate()).min(Comparator.naturalOrder()).orElseThrow();

    t.caseFile.row(caseId, creditor.id(), debtorId, reference, stage.name(),
        suspendedFrom == null ? null : suspendedFrom.name(), collector, "EUR", name,
        principalTotal.amount(), earliestDue, limitation, formalNotice, judgment, served,
        dice.hex(64), openedAt, lastMove);
    int claimPosition = 0;
    for (ClaimView c : claims) {
      t.claim.row(c.id(), caseId, claimPosition++, c.invoiceNumber(), c.invoiceDate(),
          c.dueDate(), c.principal(), c.currency(), c.nature().name(), c.contractRatePercent(),
          c.vatPercent());
    }
    // The timeline in the order things happened: its identity column gives the order.
    events.sort(Comparator.comparing(Event::at));
    for (Event e : events) {
      t.caseEvent.row(caseId, e.at(), e.actor(), e.kind().name(), e.legalDate(),
          e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(),
          e.note(), e.internal());
    }
    return caseId;
  }

  private int claimCount(Kind kind) {
    if (kind == Kind.STATEMENT) {
      return 1;
    }
    double u = dice.unit();
    return u < 0.50 ? 1 : u < 0.75 ? 2 : u < 0.87 ? 3 : u < 0.95 ? 4 : 5;
  }

  private Stage stage() {
    int total = 0;
    for (int w : STAGE_WEIGHTS) {
      total += w;
    }
    int roll = dice.between(1, total);
    for (int i = 0; i < STAGES.length; i++) {
      roll -= STAGE_WEIGHTS[i];
      if (roll <= 0) {
        return STAGES[i];
      }
    }
    return Stage.AMICABLE;
  }

  /** The stages a case went through to reach the target, as the lifecycle allows them. */
  private static List<Stage> pathTo(Stage target) {
    return switch (target) {
      case NEW -> List.of();
      case AMICABLE -> List.of(Stage.AMICABLE);
      case FORMAL_NOTICE -> List.of(Stage.AMICABLE, Stage.FORMAL_NOTICE);
      case PAYMENT_PLAN -> List.of(Stage.AMICABLE, Stage.PAYMENT_PLAN);
      case JUDICIAL -> List.of(Stage.AMICABLE, Stage.FORMAL_NOTICE, Stage.JUDICIAL);
      case ENFORCEMENT -> List.of(Stage.AMICABLE, Stage.FORMAL_NOTICE, Stage.JUDICIAL,
          Stage.ENFORCEMENT);
      case DISPUTED -> List.of(Stage.AMICABLE, Stage.DISPUTED);
      case ON_HOLD -> List.of(Stage.AMICABLE, Stage.ON_HOLD);
      case RETURNED_TO_CLIENT -> List.of(Stage.AMICABLE, Stage.RETURNED_TO_CLIENT);
      default -> throw new IllegalArgumentException("Not generated: " + target);
    };
  }

  private static CaseAuditState withStage(CaseAuditState s, Stage stage, Stage suspendedFrom,
      String collector, LocalDate formalNotice, LocalDate judgment, LocalDate served) {
    return new CaseAuditState(s.creditorId(), s.externalReference(), s.debtorId(), stage,
        suspendedFrom, collector, formalNotice, judgment, served, s.limitationDate(), s.claims());
  }

  private PaymentMethod method() {
    double u = dice.unit();
    return u < 0.6 ? PaymentMethod.BANK_TRANSFER : u < 0.85 ? PaymentMethod.CARD
        : PaymentMethod.CHEQUE;
  }

  private void activities(UUID caseId, UUID debtorId, LocalDate from, int count) {
    long days = Math.max(1, ChronoUnit.DAYS.between(from, asOf));
    for (int i = 0; i < count; i++) {
      LocalDate day = from.plusDays(dice.between(0, (int) Math.min(Integer.MAX_VALUE, days - 1)));
      Instant at = Creditors.Clock.at(day, dice);
      double u = dice.unit();
      String kind = u < 0.4 ? "CALL" : u < 0.7 ? "EMAIL" : u < 0.9 ? "LETTER" : "SMS";
      String outcome = kind.equals("CALL")
          ? dice.pick(new String[] {"REACHED", "NO_ANSWER", "VOICEMAIL", "PROMISE_TO_PAY",
              "REFUSED_TO_PAY"})
          : "SENT";
      UUID id = dice.uuid();
      String summary = kind.equals("CALL") ? "Appel au débiteur" : "Relance " + kind.toLowerCase();
      t.activity.row(id, caseId, debtorId, kind, outcome, at, COLLECTOR, summary, false);
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("id", id.toString());
      view.put("caseId", caseId.toString());
      view.put("kind", kind);
      view.put("outcome", outcome);
      view.put("occurredAt", at.toString());
      view.put("author", COLLECTOR);
      view.put("summary", summary);
      audit.record(at, COLLECTOR, "activity.logged", "Case", caseId, null, view);
    }
  }

  private void promise(UUID caseId, Money principal, LocalDate from, List<Event> events) {
    LocalDate promisedOn = from.plusDays(dice.between(0,
        (int) Math.max(0, ChronoUnit.DAYS.between(from, asOf) - 1)));
    LocalDate due = promisedOn.plusDays(dice.between(7, 30));
    Money amount = principal.times(BigDecimal.valueOf(dice.between(20, 50), 2),
        RoundingMode.HALF_UP);
    Instant at = Creditors.Clock.at(promisedOn, dice);
    UUID id = dice.uuid();
    t.promise.row(id, caseId, amount.amount(), "EUR", promisedOn, due, at, COLLECTOR, null);
    audit.record(at, COLLECTOR, "promise.recorded", "Case", caseId, null,
        Map.of("id", id.toString(), "amount", amount.amount().toPlainString(),
            "currency", "EUR", "promisedOn", promisedOn.toString(), "dueDate", due.toString()));
  }

  private void plan(UUID caseId, Creditors.Creditor creditor, Money total, LocalDate proposed,
      Payments payments, List<Event> events) {
    UUID id = dice.uuid();
    int count = dice.between(3, 12);
    LocalDate signed = proposed.plusDays(dice.between(0, 5));
    LocalDate firstDue = signed.plusDays(10);
    Instant at = Creditors.Clock.at(proposed, dice);
    t.plan.row(id, caseId, creditor.id(), total.amount(), "EUR", "MONTHLY", count, firstDue,
        proposed, signed, "ACTIVE", COLLECTOR, at);
    Money each = Money.of(total.amount().divide(BigDecimal.valueOf(count), 2,
        RoundingMode.DOWN), total.currency());
    Money last = total.minus(each.times(BigDecimal.valueOf(count - 1L), RoundingMode.HALF_UP));
    for (int i = 1; i <= count; i++) {
      LocalDate due = firstDue.plusMonths(i - 1L);
      Money amount = i == count ? last : each;
      t.installment.row(id, i, due, amount.amount());
      // The installments due so far were paid (never the last: the plan is still running).
      if (i < count && due.isBefore(asOf)) {
        payments.post(due, amount, method(), FeeStage.AMICABLE, events);
      }
    }
    events.add(new Event(at, COLLECTOR, CaseEventKind.PAYMENT_PLAN_PROPOSED, null, null, null,
        count + " monthly installments", false));
    Instant signedAt = Creditors.Clock.at(signed, dice).plusSeconds(3600);
    events.add(new Event(signedAt, COLLECTOR, CaseEventKind.PAYMENT_PLAN_SIGNED, signed, null,
        null, null, false));
    audit.record(at, COLLECTOR, "payment-plan.proposed", "PaymentPlan", id, null,
        Map.of("id", id.toString(), "caseId", caseId.toString(), "status", "ACTIVE",
            "total", total.amount().toPlainString(), "installmentCount", count));
  }

  private void dispute(UUID caseId, Creditors.Creditor creditor, Instant at,
      List<Event> events) {
    UUID id = dice.uuid();
    String reason = dice.pick(new String[] {"NOT_DELIVERED", "DEFECTIVE", "ALREADY_PAID",
        "AMOUNT_WRONG"});
    String details = "Le débiteur conteste la créance";
    t.dispute.row(id, caseId, creditor.id(), reason, details, "OPEN", COLLECTOR, at);
    events.add(new Event(at, COLLECTOR, CaseEventKind.DISPUTE_OPENED, null, null, null,
        reason + " — " + details, false));
    audit.record(at, COLLECTOR, "dispute.opened", "Dispute", id, null,
        Map.of("id", id.toString(), "caseId", caseId.toString(), "reason", reason,
            "status", "OPEN"));
  }

  private void judicial(UUID caseId, Creditors.Creditor creditor, ClaimNature nature,
      LocalDate day, Instant at, List<Event> events) {
    UUID id = dice.uuid();
    String forum = nature == ClaimNature.B2B ? "COMMERCIAL_COURT" : "JUDICIAL_COURT";
    String court = nature == ClaimNature.B2B ? "Tribunal de commerce de Lyon"
        : "Tribunal judiciaire de Lyon";
    t.proceeding.row(id, caseId, creditor.id(), "PAYMENT_ORDER", forum, court, "PAYMENT_ORDER",
        day, at, COLLECTOR);
    t.judicialStep.row(dice.uuid(), id, caseId, "PAYMENT_ORDER_FILED", day, null, at, COLLECTOR);
    events.add(new Event(at, COLLECTOR, CaseEventKind.JUDICIAL_PROCEEDING_OPENED, day, null,
        null, "PAYMENT_ORDER", false));
    audit.record(at, COLLECTOR, "judicial.opened", "JudicialProceeding", id, null,
        Map.of("id", id.toString(), "caseId", caseId.toString(), "route", "PAYMENT_ORDER"));
  }

  /** The payments of one case, posted as Payments posts them. */
  private final class Payments {
    private final UUID caseId;
    private final String reference;
    private final Creditors.Creditor creditor;
    private final Money principal;
    private Money collected = Money.zero(FeeSchedule.EUR);

    Payments(UUID caseId, String reference, Creditors.Creditor creditor, Money principal) {
      this.caseId = caseId;
      this.reference = reference;
      this.creditor = creditor;
      this.principal = principal;
    }

    void post(LocalDate valueDate, Money amount, PaymentMethod method, FeeStage stage,
        List<Event> events) {
      // Never beyond the principal: the balance (with interest and indemnity) stays above what
      // was paid, so nothing is ever held on the case as an overpayment.
      if (amount.isZero() || collected.plus(amount).compareTo(principal) > 0
          || !valueDate.isBefore(asOf)) {
        return;
      }
      UUID id = dice.uuid();
      Instant at = Creditors.Clock.at(valueDate, dice);
      String line = amount + " by " + method.name().toLowerCase().replace('_', ' ') + ", value "
          + valueDate;
      UUID tx = ledger.post(PaymentMovements.received(creditor.id(), amount, method, valueDate,
              "Payment " + shortId(id) + " on case " + reference + ": " + line),
          "Payment", id, caseId, at, COLLECTOR);
      Money zero = Money.zero(amount.currency());
      t.payment.row(id, caseId, creditor.id(), amount.amount(), "EUR", method.name(), valueDate,
          null, "generated-" + id, dice.hex(64), zero.amount(), COLLECTOR, at, tx);
      // The whole payment counted as collected for the creditor: with accessories left to the
      // creditor and no costs, that is what the fee base is whatever the allocation.
      FeeAssessment fee = FeeCalculator.assess(creditor.schedule(), FEE_VAT,
          new CollectedPayment(valueDate, stage, collected, false, zero, zero, zero, amount));
      UUID feeTx = FeeMovements.charged(creditor.id(), fee, amount, valueDate,
              "Fees on payment " + shortId(id) + " on case " + reference + ": "
                  + fee.agencyIncome() + " + VAT " + fee.vat())
          .map(m -> ledger.post(m, "FeeBooking", id, caseId, at, COLLECTOR))
          .orElse(null);
      t.feeBooking.row(id, caseId, creditor.id(), stage.name(), valueDate, true,
          fee.feeBase().amount(), fee.collectedAfter().amount(), fee.costsRecovered().amount(),
          fee.fileFeeCharged(), "EUR", feeTx);
      for (int i = 0; i < fee.lines().size(); i++) {
        FeeLine l = fee.lines().get(i);
        t.feeBookingLine.row(id, i, l.kind().name(), l.label(),
            l.base() == null ? null : l.base().amount(), l.percent(), l.amount().amount(),
            l.vatPercent(), l.vat().amount());
      }
      events.add(new Event(at, COLLECTOR, CaseEventKind.PAYMENT_RECEIVED, valueDate, null, null,
          line, false));
      audit.record(at, COLLECTOR, "payment.recorded", "Payment", id, null,
          new PaymentView(id, caseId, amount, method, valueDate, null, null, COLLECTOR, at, zero,
              false, PaymentView.Status.RECEIVED, null, tx, null));
      collected = collected.plus(amount);
      // A fee without its ledger transaction (nothing to charge) is never invoiced.
      history.add(creditor, id, reference, valueDate, valueDate.plusDays(clearingDays(method)),
          amount, amount.minus(fee.agencyIncome()).minus(fee.vat()),
          feeTx == null ? List.of() : fee.lines());
    }
  }

  /** The default clearing delays (README: RECOVA_CLEARING_DAYS_*). */
  private static int clearingDays(PaymentMethod method) {
    return switch (method) {
      case CARD -> 2;
      case CHEQUE -> 10;
      default -> 0;
    };
  }

  private static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }
}
