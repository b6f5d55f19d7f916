package io.recova.agency.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.fee.FeeAssessment;
import io.recova.agency.fee.FeeKind;
import io.recova.agency.fee.FeeLine;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CertificateFeeMovementTest {

  private static final UUID CREDITOR = UUID.randomUUID();
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void theCreditorOwesTheFeeAndItsVat() {
    FeeAssessment fee = new FeeAssessment(eur("0"), eur("0"), eur("0"), List.of(new FeeLine(
        FeeKind.CERTIFICATE_FEE, "Irrecoverability certificate", null, null, eur("75.00"),
        new BigDecimal("20"), eur("15.00"))), false);

    Movement m = CertificateFeeMovement.of(fee, CREDITOR, DAY, "CI-2026-00001").orElseThrow();

    assertThat(m.kind()).isEqualTo(TransactionKind.CERTIFICATE_FEE);
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.FEES_RECEIVABLE, eur("90.00")),
        Posting.credit(LedgerAccount.AGENCY_FEE_INCOME, eur("75.00")),
        Posting.credit(LedgerAccount.VAT_PAYABLE, eur("15.00")));
  }

  @Test
  void noFeeNoMovement() {
    FeeAssessment none = new FeeAssessment(eur("0"), eur("0"), eur("0"), List.of(), false);

    assertThat(CertificateFeeMovement.of(none, CREDITOR, DAY, "CI-2026-00002")).isEmpty();
  }
}
