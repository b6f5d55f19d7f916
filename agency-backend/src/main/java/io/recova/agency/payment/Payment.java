package io.recova.agency.payment;

import io.recova.agency.fee.FeeBookingView;
import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import io.recova.agency.valuation.ReceivedPayment;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment posted on a case. Never changed once written (the database refuses it): a reversal is
 * a {@link PaymentReversal} of its own.
 */
@Entity
@Table(name = "payment")
public class Payment {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Embedded private Money amount;

  @Column(name = "method", nullable = false)
  private String method;

  @Column(name = "value_date", nullable = false)
  private LocalDate valueDate;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "designated_claim_id")
  private UUID designatedClaimId;

  @Column(name = "reference")
  private String reference;

  @Column(name = "idempotency_key", nullable = false)
  private String idempotencyKey;

  @Column(name = "request_fingerprint", nullable = false)
  private String requestFingerprint;

  @Column(name = "held_on_posting", nullable = false)
  private BigDecimal heldOnPosting;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "ledger_transaction_id", nullable = false)
  private UUID ledgerTransactionId;

  protected Payment() {}

  /**
   * @param heldOnPosting what this payment paid beyond the balance due: held on the case
   */
  Payment(UUID id, UUID caseId, UUID creditorId, Money amount, PaymentMethod method,
      LocalDate valueDate, UUID designatedClaimId, String reference, IdempotencyKey key,
      String requestFingerprint, Money heldOnPosting, String recordedBy, Instant recordedAt,
      UUID ledgerTransactionId) {
    this.id = id;
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.amount = amount;
    this.method = method.name();
    this.valueDate = valueDate;
    this.designatedClaimId = designatedClaimId;
    this.reference = reference;
    this.idempotencyKey = key.value();
    this.requestFingerprint = requestFingerprint;
    this.heldOnPosting = heldOnPosting.amount();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.ledgerTransactionId = ledgerTransactionId;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public Money amount() {
    return amount;
  }

  public PaymentMethod method() {
    return PaymentMethod.valueOf(method);
  }

  public LocalDate valueDate() {
    return valueDate;
  }

  public Optional<UUID> designatedClaimId() {
    return Optional.ofNullable(designatedClaimId);
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /** True when {@code fingerprint} is this payment's request: a retry, not a new payment. */
  public boolean isSameRequest(String fingerprint) {
    return requestFingerprint.equals(fingerprint);
  }

  public Money heldOnPosting() {
    return Money.of(heldOnPosting, amount.currency());
  }

  public UUID ledgerTransactionId() {
    return ledgerTransactionId;
  }

  public ReceivedPayment received() {
    return new ReceivedPayment(valueDate, amount, designatedClaimId);
  }

  public PaymentView view(PaymentReversal reversal, FeeBookingView fees) {
    Money held = heldOnPosting();
    return new PaymentView(id, caseId, amount, method(), valueDate, designatedClaimId, reference,
        recordedBy, recordedAt, held, !held.isZero(),
        reversal == null ? PaymentView.Status.RECEIVED : PaymentView.Status.REVERSED,
        reversal == null ? null : reversal.view(amount.currency()), ledgerTransactionId,
        fees);
  }
}
