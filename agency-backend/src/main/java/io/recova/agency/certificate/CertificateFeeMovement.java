package io.recova.agency.certificate;

import io.recova.agency.fee.FeeAssessment;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How the mandate's certificate fee is written to the trust ledger: the creditor owes it (CPCE
 * R124-3 3°), fee and VAT, and no funds of the creditor move, since a case written off brought
 * none in; the remittance nets the receivable against later collections.
 */
final class CertificateFeeMovement {

  private CertificateFeeMovement() {}

  /** The movement, or none when the mandate charges no certificate fee. */
  static Optional<Movement> of(FeeAssessment fee, UUID creditorId, LocalDate on,
      String description) {
    Money owed = fee.chargedToCreditor();
    if (owed.isZero()) {
      return Optional.empty();
    }
    List<Posting> postings = new ArrayList<>();
    postings.add(Posting.debit(LedgerAccount.FEES_RECEIVABLE, owed));
    postings.add(Posting.credit(LedgerAccount.AGENCY_FEE_INCOME, fee.agencyIncome()));
    if (!fee.vat().isZero()) {
      postings.add(Posting.credit(LedgerAccount.VAT_PAYABLE, fee.vat()));
    }
    return Optional.of(new Movement(TransactionKind.CERTIFICATE_FEE, creditorId, on, description,
        postings));
  }
}
