package io.recova.agency.fee;

import io.recova.agency.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * The fees booked on a payment, as the API shows them with the payment.
 *
 * @param chargedToCreditor the fees and all their VAT, which the creditor pays
 * @param netToCreditor what the payment leaves the creditor: its fee base less what it is
 *     charged (negative when a fixed fee exceeds it)
 * @param reversed true when the payment, and so its fee, was reversed
 */
public record FeeBookingView(FeeStage stage, Money feeBase, Money costsRecovered,
    List<FeeLine> lines, Money agencyIncome, Money vat, Money chargedToCreditor,
    Money netToCreditor, boolean fileFeeCharged, boolean reversed, UUID ledgerTransactionId) {

  static FeeBookingView of(FeeBooking booking, FeeAssessment fee, boolean reversed) {
    return new FeeBookingView(booking.stage(), fee.feeBase(), fee.costsRecovered(), fee.lines(),
        fee.agencyIncome(), fee.vat(), fee.chargedToCreditor(), fee.netToCreditor(),
        fee.fileFeeCharged(), reversed, booking.ledgerTransactionId().orElse(null));
  }
}
