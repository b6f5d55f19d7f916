package io.recova.agency.fee;

import io.recova.agency.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

/** One {@link FeeLine} of a {@link FeeBooking}, as it will appear on the statement. */
@Entity
@Table(name = "fee_booking_line")
public class FeeBookingLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "payment_id", nullable = false)
  private UUID paymentId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "label", nullable = false)
  private String label;

  @Column(name = "base")
  private BigDecimal base;

  @Column(name = "percent")
  private BigDecimal percent;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "vat_percent", nullable = false)
  private BigDecimal vatPercent;

  @Column(name = "vat", nullable = false)
  private BigDecimal vat;

  protected FeeBookingLine() {}

  FeeBookingLine(UUID paymentId, int position, FeeLine line) {
    this.paymentId = paymentId;
    this.position = position;
    this.kind = line.kind().name();
    this.label = line.label();
    this.base = line.base() == null ? null : line.base().amount();
    this.percent = line.percent();
    this.amount = line.amount().amount();
    this.vatPercent = line.vatPercent();
    this.vat = line.vat().amount();
  }

  UUID paymentId() {
    return paymentId;
  }

  FeeLine line(Currency currency) {
    return new FeeLine(FeeKind.valueOf(kind), label,
        base == null ? null : Money.of(base, currency), percent, Money.of(amount, currency),
        vatPercent, Money.of(vat, currency));
  }
}
