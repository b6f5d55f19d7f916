package io.recova.agency.fee;

import io.recova.agency.casefile.Stage;
import io.recova.agency.ledger.LedgerSource;
import io.recova.agency.ledger.LedgerTransaction;
import io.recova.agency.ledger.TrustLedger;
import io.recova.agency.mandate.CreditorClient;
import io.recova.agency.mandate.CreditorClientRepository;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.money.Money;
import io.recova.agency.platform.BulkReads;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.valuation.PaymentAllocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Books the fees on each payment when it is collected, in the payment's own transaction: assessed
 * by the {@link FeeCalculator} on the payment's allocation, kept with what the case's next
 * assessment needs, and posted to the trust ledger ({@link FeeMovements}). A reversed payment's
 * fee is reversed with it, and stops counting towards the case's tiers and file fee.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class FeeBookings {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CreditorClientRepository creditors;
  @Inject VatRates vatRates;
  @Inject TrustLedger ledger;
  @Inject Clock clock;

  /**
   * A payment just collected on a case, as the fees need it.
   *
   * @param stageWhenCollected the case's stage when the money came in, before the payment may
   *     close it
   * @param fundsHeld true when the money is on the trust account, false when it was paid to the
   *     creditor directly (the creditor then owes the fee)
   * @param repaidToAgency the part of the payment that repaid costs the agency advanced: it left
   *     the creditor's funds already, so the fee cannot be taken from it
   */
  public record Collected(UUID paymentId, UUID caseId, UUID creditorId, String caseReference,
      Stage stageWhenCollected, PaymentAllocation allocation, boolean fundsHeld,
      Money repaidToAgency) {}

  /**
   * Assesses and books the fees on a payment; empty for a payment in another currency than the
   * euro, which mandates charge no fee on (FeeCalculator).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<FeeBookingView> book(Collected payment, Caller actor) {
    Money amount = payment.allocation().payment().amount();
    if (!FeeSchedule.EUR.equals(amount.currency())) {
      return Optional.empty();
    }
    FeeSchedule schedule = creditors.find(payment.creditorId())
        .map(CreditorClient::mandate)
        .orElseThrow(() -> new IllegalStateException("No creditor " + payment.creditorId()))
        .feeSchedule();
    List<FeeBooking> earlier = standing(payment.caseId());
    Money collectedBefore = earlier.stream().map(FeeBooking::feeBase)
        .reduce(Money.zero(FeeSchedule.EUR), Money::plus);
    boolean fileFeeCharged = earlier.stream().anyMatch(FeeBooking::fileFeeCharged);
    FeeStage stage = FeeStage.of(payment.stageWhenCollected());
    FeeAssessment fee = FeeCalculator.assess(schedule, vatRates.table(),
        CollectedPayment.of(payment.allocation(), stage, collectedBefore, fileFeeCharged));

    LocalDate valueDate = payment.allocation().payment().valueDate();
    Money fundsBrought = payment.fundsHeld() ? amount.minus(payment.repaidToAgency())
        : Money.zero(FeeSchedule.EUR);
    UUID transaction = FeeMovements.charged(payment.creditorId(), fee, fundsBrought, valueDate,
            "Fees on payment " + shortId(payment.paymentId()) + " on case "
                + payment.caseReference() + ": " + fee.agencyIncome() + " + VAT "
                + fee.vat())
        .map(m -> ledger.post(m, new LedgerSource("FeeBooking", payment.paymentId()),
            payment.caseId(), actor))
        .map(LedgerTransaction::id)
        .orElse(null);
    // The booking names the transaction: written first, whatever order the provider chooses.
    em.flush();
    FeeBooking booking = new FeeBooking(payment.paymentId(), payment.caseId(),
        payment.creditorId(), stage, valueDate, payment.fundsHeld(), fee, transaction);
    em.persist(booking);
    em.flush();
    for (int i = 0; i < fee.lines().size(); i++) {
      em.persist(new FeeBookingLine(payment.paymentId(), i, fee.lines().get(i)));
    }
    return Optional.of(FeeBookingView.of(booking, fee, false));
  }

  /**
   * Reverses the fees booked on a payment being reversed: the compensating ledger transaction,
   * and the fee no longer counts for the case. Nothing when no fee was booked or it is already
   * reversed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reverse(UUID paymentId, LocalDate on, String why, Caller actor) {
    FeeBooking booking = em.find(FeeBooking.class, paymentId);
    if (booking == null || em.find(FeeReversal.class, paymentId) != null) {
      return;
    }
    UUID transaction = booking.ledgerTransactionId()
        .map(tx -> ledger.reverse(tx, new LedgerSource("FeeReversal", paymentId), on,
            "Reversal of the fees on payment " + shortId(paymentId) + ": " + why, actor).id())
        .orElse(null);
    // The reversal names the compensating transaction: written first.
    em.flush();
    em.persist(new FeeReversal(paymentId, clock.instant(), transaction));
    em.flush();
  }

  /** The fees booked on each of the given payments that bore an assessment. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<UUID, FeeBookingView> of(Collection<UUID> paymentIds) {
    return read(paymentIds, false);
  }

  /**
   * The same for many payments whose bookings earlier transactions wrote (a remittance run's):
   * read as committed, without registering them in the transaction ({@link BulkReads}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<UUID, FeeBookingView> ofMany(Collection<UUID> paymentIds) {
    return read(paymentIds, true);
  }

  private Map<UUID, FeeBookingView> read(Collection<UUID> paymentIds, boolean readOnly) {
    Map<UUID, FeeBookingView> views = new HashMap<>();
    for (List<UUID> ids : BulkReads.chunks(paymentIds)) {
      List<FeeBooking> bookings = em.createQuery("select b from FeeBooking b"
              + " where b.paymentId in :ids", FeeBooking.class)
          .setParameter("ids", ids).setHint(BulkReads.READ_ONLY, readOnly).getResultList();
      if (bookings.isEmpty()) {
        continue;
      }
      Set<UUID> reversed = em.createQuery("select r.paymentId from FeeReversal r"
              + " where r.paymentId in :ids", UUID.class)
          .setParameter("ids", ids).getResultStream()
          .collect(Collectors.toSet());
      Map<UUID, List<FeeBookingLine>> lines = em.createQuery("select l from FeeBookingLine l"
              + " where l.paymentId in :ids order by l.paymentId, l.position",
              FeeBookingLine.class)
          .setParameter("ids", ids).setHint(BulkReads.READ_ONLY, readOnly).getResultStream()
          .collect(Collectors.groupingBy(FeeBookingLine::paymentId));
      for (FeeBooking b : bookings) {
        List<FeeLine> own = new ArrayList<>();
        lines.getOrDefault(b.paymentId(), List.of())
            .forEach(l -> own.add(l.line(b.feeBase().currency())));
        views.put(b.paymentId(),
            FeeBookingView.of(b, b.assessment(own), reversed.contains(b.paymentId())));
      }
    }
    return views;
  }

  /** The case's fee bookings whose payments still count: not reversed. */
  private List<FeeBooking> standing(UUID caseId) {
    return em.createQuery("select b from FeeBooking b where b.caseId = :c"
            + " and b.paymentId not in (select r.paymentId from FeeReversal r)", FeeBooking.class)
        .setParameter("c", caseId).getResultList();
  }

  private static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }
}
