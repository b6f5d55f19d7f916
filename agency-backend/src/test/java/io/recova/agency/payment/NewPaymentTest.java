package io.recova.agency.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.Movement;
import io.recova.agency.ledger.Posting;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import io.recova.agency.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewPaymentTest {

  static final LocalDate DAY = LocalDate.of(2026, 2, 10);
  static final UUID CLAIM = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

  static NewPayment payment(String amount, PaymentMethod method, LocalDate valueDate,
      UUID claim, String reference) {
    return new NewPayment(new BigDecimal(amount), "EUR", method, valueDate, claim, reference);
  }

  @Test
  void aRetryWithTheSameContentIsRecognisedWhateverTheAmountsScaleOrSpaces() {
    NewPayment first = payment("100.00", PaymentMethod.CHEQUE, DAY, CLAIM, "CHQ 1234");
    NewPayment retry = new NewPayment(new BigDecimal("100"), "eur", PaymentMethod.CHEQUE, DAY,
        CLAIM, " CHQ 1234 ");

    assertThat(retry.fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void anyDifferenceInAmountMethodDateClaimOrReferenceIsAnotherPayment() {
    String first = payment("100.00", PaymentMethod.CHEQUE, DAY, CLAIM, "CHQ 1234").fingerprint();

    assertThat(payment("100.01", PaymentMethod.CHEQUE, DAY, CLAIM, "CHQ 1234").fingerprint())
        .isNotEqualTo(first);
    assertThat(payment("100.00", PaymentMethod.CASH, DAY, CLAIM, "CHQ 1234").fingerprint())
        .isNotEqualTo(first);
    assertThat(payment("100.00", PaymentMethod.CHEQUE, DAY.plusDays(1), CLAIM, "CHQ 1234")
        .fingerprint()).isNotEqualTo(first);
    assertThat(payment("100.00", PaymentMethod.CHEQUE, DAY, null, "CHQ 1234").fingerprint())
        .isNotEqualTo(first);
    assertThat(payment("100.00", PaymentMethod.CHEQUE, DAY, CLAIM, "CHQ 1235").fingerprint())
        .isNotEqualTo(first);
  }

  @Test
  void anIdempotencyKeyIsPrintableTextWithoutSpacesUpTo200Characters() {
    assertThat(new IdempotencyKey("3f1c9a2e-7d4b-4e0a-9c55-0b1f2d3e4a5b").value())
        .hasSize(36);
    assertThat(new IdempotencyKey("x".repeat(200)).value()).hasSize(200);
    for (String bad : new String[] {null, "", "  ", "has space", "x".repeat(201), "é"}) {
      assertThatThrownBy(() -> new IdempotencyKey(bad))
          .as(String.valueOf(bad)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void aPaymentIntoTheTrustAccountIsOwedToItsCreditor() {
    UUID creditor = UUID.randomUUID();
    Movement m = PaymentMovements.received(creditor, Money.of("420.00", "EUR"),
        PaymentMethod.BANK_TRANSFER, DAY, "transfer");

    assertThat(m.kind()).isEqualTo(TransactionKind.PAYMENT_RECEIVED);
    assertThat(m.creditorId()).isEqualTo(creditor);
    assertThat(m.postings()).containsExactly(
        Posting.debit(LedgerAccount.TRUST_BANK, Money.of("420.00", "EUR")),
        Posting.credit(LedgerAccount.CREDITOR_PAYABLE, Money.of("420.00", "EUR")));
  }

  @Test
  void aPaymentMadeDirectlyToTheCreditorNeverEntersTheTrustAccount() {
    Movement m = PaymentMovements.received(UUID.randomUUID(), Money.of("300.00", "EUR"),
        PaymentMethod.DIRECT_TO_CREDITOR, DAY, "declared");

    assertThat(m.kind()).isEqualTo(TransactionKind.DIRECT_PAYMENT_DECLARED);
    assertThat(m.postings()).extracting(Posting::account).containsExactly(
        LedgerAccount.DIRECT_COLLECTED, LedgerAccount.DIRECT_COLLECTED_CONTRA);
  }
}
