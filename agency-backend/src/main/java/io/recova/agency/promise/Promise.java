package io.recova.agency.promise;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A debtor's promise to pay an amount by a date, as the collector recorded it. */
@Entity
@Table(name = "promise_to_pay")
public class Promise {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "promised_on", nullable = false)
  private LocalDate promisedOn;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "note")
  private String note;

  protected Promise() {}

  Promise(UUID id, UUID caseId, Money amount, LocalDate promisedOn, LocalDate dueDate,
      Instant recordedAt, String recordedBy, String note) {
    this.id = id;
    this.caseId = caseId;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.promisedOn = promisedOn;
    this.dueDate = dueDate;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.note = note;
  }

  public UUID caseId() {
    return caseId;
  }

  public Money amount() {
    return Money.of(amount, Currency.getInstance(currency));
  }

  public LocalDate promisedOn() {
    return promisedOn;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  /** The collector who obtained the promise. */
  public String recordedBy() {
    return recordedBy;
  }

  public PromiseView view(PromiseStatus status) {
    return new PromiseView(id, caseId, amount(), promisedOn, dueDate, recordedAt, recordedBy,
        note, status);
  }
}
