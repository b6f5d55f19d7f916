package io.recova.agency.fee;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The fees booked on one payment when it was collected, with what the case's next assessment
 * needs: the cumulative fee base after it and whether it bore the file fee. Never changed once
 * written: a reversed payment's fee gets a {@link FeeReversal}.
 */
@Entity
@Table(name = "fee_booking")
public class FeeBooking {

  @Id
  @Column(name = "payment_id")
  private UUID paymentId;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "stage", nullable = false)
  private String stage;

  @Column(name = "value_date", nullable = false)
  private LocalDate valueDate;

  @Column(name = "funds_held", nullable = false)
  private boolean fundsHeld;

  @Column(name = "fee_base", nullable = false)
  private BigDecimal feeBase;

  @Column(name = "collected_after", nullable = false)
  private BigDecimal collectedAfter;

  @Column(name = "costs_recovered", nullable = false)
  private BigDecimal costsRecovered;

  @Column(name = "file_fee_charged", nullable = false)
  private boolean fileFeeCharged;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "ledger_transaction_id")
  private UUID ledgerTransactionId;

  protected FeeBooking() {}

  FeeBooking(UUID paymentId, UUID caseId, UUID creditorId, FeeStage stage, LocalDate valueDate,
      boolean fundsHeld, FeeAssessment fee, UUID ledgerTransactionId) {
    this.paymentId = paymentId;
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.stage = stage.name();
    this.valueDate = valueDate;
    this.fundsHeld = fundsHeld;
    this.feeBase = fee.feeBase().amount();
    this.collectedAfter = fee.collectedAfter().amount();
    this.costsRecovered = fee.costsRecovered().amount();
    this.fileFeeCharged = fee.fileFeeCharged();
    this.currency = fee.feeBase().currency().getCurrencyCode();
    this.ledgerTransactionId = ledgerTransactionId;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public FeeStage stage() {
    return FeeStage.valueOf(stage);
  }

  public LocalDate valueDate() {
    return valueDate;
  }

  public boolean fundsHeld() {
    return fundsHeld;
  }

  public Money feeBase() {
    return Money.of(feeBase, Currency.getInstance(currency));
  }

  public boolean fileFeeCharged() {
    return fileFeeCharged;
  }

  public Optional<UUID> ledgerTransactionId() {
    return Optional.ofNullable(ledgerTransactionId);
  }

  /** The assessment as it was booked, its lines read back. */
  public FeeAssessment assessment(List<FeeLine> lines) {
    Currency c = Currency.getInstance(currency);
    return new FeeAssessment(Money.of(feeBase, c), Money.of(collectedAfter, c),
        Money.of(costsRecovered, c), lines, fileFeeCharged);
  }
}
