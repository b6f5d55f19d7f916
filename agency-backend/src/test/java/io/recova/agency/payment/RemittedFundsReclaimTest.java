package io.recova.agency.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.fee.FeeAssessment;
import io.recova.agency.fee.FeeKind;
import io.recova.agency.fee.FeeLine;
import io.recova.agency.fee.FeeMovements;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.LedgerBalances;
import io.recova.agency.ledger.LedgerLine;
import io.recova.agency.ledger.LedgerVerification;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A payment reversed after its funds were remitted, with worked numbers: 100.00 collected, 15 %
 * fee + 20 % VAT (15.00 + 3.00) charged from the payable, 82.00 remitted; the reversal leaves the
 * creditor's TRUST_BANK and CREDITOR_PAYABLE at −82.00.
 */
class RemittedFundsReclaimTest {

  private static final UUID CREDITOR = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
  private static final LocalDate DAY = LocalDate.of(2026, 4, 2);
  private static final Currency EUR = Currency.getInstance("EUR");

  private final List<LedgerLine> lines = new ArrayList<>();

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private Movement write(Movement m) {
    UUID tx = UUID.randomUUID();
    m.postings().forEach(p -> lines.add(
        new LedgerLine(tx, m.creditorId(), p.account(), p.side(), p.amount())));
    return m;
  }

  private Money balance(LedgerAccount account) {
    return LedgerBalances.perCreditor(lines).stream().filter(b -> b.account() == account)
        .map(b -> b.balance()).findFirst().orElse(eur("0.00"));
  }

  private static FeeAssessment fee(String base, String income, String vat) {
    return new FeeAssessment(eur(base), eur(base), eur("0.00"), List.of(new FeeLine(
        FeeKind.CONTINGENCY, "CONTINGENCY", eur(base), new BigDecimal("15.00"), eur(income),
        new BigDecimal("20.00"), eur(vat))), false);
  }

  private static Movement remittance(String paid, String feesNetted) {
    List<Posting> postings = new ArrayList<>(List.of(
        Posting.debit(LedgerAccount.CREDITOR_PAYABLE, eur(paid).plus(eur(feesNetted))),
        Posting.credit(LedgerAccount.TRUST_BANK, eur(paid))));
    if (!eur(feesNetted).isZero()) {
      postings.add(Posting.credit(LedgerAccount.FEES_RECEIVABLE, eur(feesNetted)));
    }
    return new Movement(TransactionKind.REMITTANCE, CREDITOR, DAY, "remittance", postings);
  }

  @Test
  void aRemittedPaymentReturnedByTheBankIsAdvancedByTheAgencyAndOwedByTheCreditor() {
    Movement payment = write(PaymentMovements.received(CREDITOR, eur("100.00"),
        PaymentMethod.CHEQUE, DAY, "payment"));
    Movement fees = write(FeeMovements.charged(CREDITOR, fee("100.00", "15.00", "3.00"),
        eur("100.00"), DAY, "fees").orElseThrow());
    write(remittance("82.00", "0.00"));
    write(payment.compensation(DAY, "bounced"));
    write(fees.compensation(DAY, "fees of bounced"));
    assertThat(balance(LedgerAccount.TRUST_BANK)).isEqualTo(eur("-82.00"));
    assertThat(balance(LedgerAccount.CREDITOR_PAYABLE)).isEqualTo(eur("-82.00"));

    RemittedFundsReclaim reclaim =
        RemittedFundsReclaim.of(LedgerBalances.perCreditor(lines), EUR);

    assertThat(reclaim).isEqualTo(new RemittedFundsReclaim(eur("82.00"), eur("82.00"),
        eur("0.00"), eur("0.00")));
    Movement m = reclaim.movement(CREDITOR, DAY, "reclaim").orElseThrow();
    assertThat(m.kind()).isEqualTo(TransactionKind.REMITTED_FUNDS_RECLAIMED);
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.REMITTANCE_RECLAIMABLE, eur("82.00")),
        Posting.credit(LedgerAccount.CREDITOR_PAYABLE, eur("82.00")),
        Posting.debit(LedgerAccount.TRUST_BANK, eur("82.00")),
        Posting.credit(LedgerAccount.AGENCY_ADVANCES, eur("82.00")));
    write(m);
    assertThat(balance(LedgerAccount.TRUST_BANK)).isEqualTo(eur("0.00"));
    assertThat(balance(LedgerAccount.CREDITOR_PAYABLE)).isEqualTo(eur("0.00"));
    assertThat(balance(LedgerAccount.REMITTANCE_RECLAIMABLE)).isEqualTo(eur("82.00"));
    assertThat(LedgerVerification.check(lines, LedgerBalances.totals(lines)).problems())
        .isEmpty();
  }

  @Test
  void aPaymentStillHeldNeedsNoReclaim() {
    Movement payment = write(PaymentMovements.received(CREDITOR, eur("100.00"),
        PaymentMethod.CHEQUE, DAY, "payment"));
    Movement fees = write(FeeMovements.charged(CREDITOR, fee("100.00", "15.00", "3.00"),
        eur("100.00"), DAY, "fees").orElseThrow());
    write(payment.compensation(DAY, "bounced"));
    write(fees.compensation(DAY, "fees of bounced"));

    RemittedFundsReclaim reclaim =
        RemittedFundsReclaim.of(LedgerBalances.perCreditor(lines), EUR);

    assertThat(reclaim.isNone()).isTrue();
    assertThat(reclaim.movement(CREDITOR, DAY, "reclaim")).isEmpty();
  }

  @Test
  void feesNettedOnADirectPaymentWithdrawnAfterwardsAreOwedBackToTheCreditor() {
    // 200.00 by transfer (30.00 + 6.00 of fees), a direct payment of 100.00 (15.00 + 3.00 owed):
    // the remittance pays 164.00 − 18.00 = 146.00 and nets the 18.00. The declaration is then
    // withdrawn: the 18.00 the creditor paid is owed back to it, into its payable.
    write(PaymentMovements.received(CREDITOR, eur("200.00"), PaymentMethod.BANK_TRANSFER, DAY,
        "transfer"));
    write(FeeMovements.charged(CREDITOR, fee("200.00", "30.00", "6.00"), eur("200.00"), DAY,
        "fees").orElseThrow());
    Movement direct = write(PaymentMovements.received(CREDITOR, eur("100.00"),
        PaymentMethod.DIRECT_TO_CREDITOR, DAY, "direct"));
    Movement directFees = write(FeeMovements.charged(CREDITOR, fee("100.00", "15.00", "3.00"),
        eur("0.00"), DAY, "fees").orElseThrow());
    write(remittance("146.00", "18.00"));
    write(direct.compensation(DAY, "withdrawn"));
    write(directFees.compensation(DAY, "fees of withdrawn"));
    assertThat(balance(LedgerAccount.FEES_RECEIVABLE)).isEqualTo(eur("-18.00"));

    RemittedFundsReclaim reclaim =
        RemittedFundsReclaim.of(LedgerBalances.perCreditor(lines), EUR);

    assertThat(reclaim).isEqualTo(new RemittedFundsReclaim(eur("0.00"), eur("0.00"),
        eur("18.00"), eur("0.00")));
    write(reclaim.movement(CREDITOR, DAY, "refund").orElseThrow());
    assertThat(balance(LedgerAccount.FEES_RECEIVABLE)).isEqualTo(eur("0.00"));
    assertThat(balance(LedgerAccount.CREDITOR_PAYABLE)).isEqualTo(eur("18.00"));
    assertThat(balance(LedgerAccount.TRUST_BANK)).isEqualTo(eur("54.00"));
  }
}
