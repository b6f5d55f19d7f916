package io.recova.agency.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.mandate.FeeRate;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.mandate.KeptBy;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the fees on a payment reach the trust ledger: 15 % amicable, VAT 20 %, worked numbers. */
class FeeMovementsTest {

  private static final UUID CREDITOR = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  private static final VatRateTable VAT =
      VatRateTable.of(Map.of(LocalDate.of(2014, 1, 1), new BigDecimal("20.00")));

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static FeeAssessment fee(String fileFee, String interest, String principal) {
    FeeSchedule schedule = new FeeSchedule(FeeRate.ofPercent(new BigDecimal("15")),
        FeeRate.ofPercent(new BigDecimal("20")), List.of(), eur(fileFee), eur("0.00"),
        KeptBy.AGENCY, KeptBy.CREDITOR);
    return FeeCalculator.assess(schedule, VAT, new CollectedPayment(DAY, FeeStage.AMICABLE,
        eur("0.00"), false, eur("0.00"), eur(interest), eur("0.00"), eur(principal)));
  }

  @Test
  void aFeeOnFundsHeldComesOutOfThePayableIntoIncomeAndVat() {
    // 1,000.00 of principal: 150.00 fee + 30.00 VAT; 20.00 of kept interest + 4.00 VAT.
    FeeAssessment fee = fee("0.00", "20.00", "1000.00");

    Movement m = FeeMovements.charged(CREDITOR, fee, eur("1020.00"), DAY, "fees").orElseThrow();

    assertThat(m.kind()).isEqualTo(TransactionKind.FEE_CHARGED);
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.CREDITOR_PAYABLE, eur("204.00")),
        Posting.credit(LedgerAccount.AGENCY_FEE_INCOME, eur("170.00")),
        Posting.credit(LedgerAccount.VAT_PAYABLE, eur("34.00")));
  }

  @Test
  void aFeeOnADirectPaymentIsOwedByTheCreditor() {
    FeeAssessment fee = fee("0.00", "0.00", "1000.00");

    Movement m = FeeMovements.charged(CREDITOR, fee, eur("0.00"), DAY, "fees").orElseThrow();

    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.FEES_RECEIVABLE, eur("180.00")),
        Posting.credit(LedgerAccount.AGENCY_FEE_INCOME, eur("150.00")),
        Posting.credit(LedgerAccount.VAT_PAYABLE, eur("30.00")));
  }

  @Test
  void aFileFeeAboveASmallFirstPaymentTakesThePaymentAndLeavesTheRestReceivable() {
    // 10.00 of principal: 1.50 + 0.30 VAT, and the 30.00 file fee + 6.00 VAT = 37.80 charged.
    FeeAssessment fee = fee("30.00", "0.00", "10.00");

    Movement m = FeeMovements.charged(CREDITOR, fee, eur("10.00"), DAY, "fees").orElseThrow();

    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.CREDITOR_PAYABLE, eur("10.00")),
        Posting.debit(LedgerAccount.FEES_RECEIVABLE, eur("27.80")),
        Posting.credit(LedgerAccount.AGENCY_FEE_INCOME, eur("31.50")),
        Posting.credit(LedgerAccount.VAT_PAYABLE, eur("6.30")));
  }

  @Test
  void aPaymentThatOnlyRepaysCostsPostsNothing() {
    FeeAssessment fee = fee("30.00", "0.00", "0.00");

    assertThat(FeeMovements.charged(CREDITOR, fee, eur("0.00"), DAY, "fees")).isEmpty();
  }
}
