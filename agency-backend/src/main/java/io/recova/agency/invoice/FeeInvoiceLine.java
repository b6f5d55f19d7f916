package io.recova.agency.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import io.recova.agency.fee.FeeKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * One {@link InvoiceLine} of an issued invoice, as read back ({@link FeeInvoiceLineRows} writes
 * them). Its source is unique across all invoices: the database refuses to invoice the same fee
 * twice.
 */
@Entity
@Table(name = "fee_invoice_line")
public class FeeInvoiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id", nullable = false, updatable = false)
  private UUID invoiceId;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "source_type", nullable = false, updatable = false)
  private String sourceType;

  @Column(name = "source_id", nullable = false, updatable = false)
  private UUID sourceId;

  @Column(name = "source_position", nullable = false, updatable = false)
  private int sourcePosition;

  @Column(name = "fee_kind", nullable = false, updatable = false)
  private String feeKind;

  @Column(name = "case_reference", updatable = false)
  private String caseReference;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Column(name = "direct_payment", nullable = false, updatable = false)
  private boolean directPayment;

  @Column(name = "service_date", nullable = false, updatable = false)
  private LocalDate serviceDate;

  @Column(name = "base", updatable = false)
  private BigDecimal base;

  @Column(name = "percent", updatable = false)
  private BigDecimal percent;

  @Column(name = "quantity", nullable = false, updatable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false, updatable = false)
  private BigDecimal unitPrice;

  @Column(name = "amount", nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(name = "vat_percent", nullable = false, updatable = false)
  private BigDecimal vatPercent;

  @Column(name = "vat", nullable = false, updatable = false)
  private BigDecimal vat;

  @Column(name = "credited_invoice_number", updatable = false)
  private String creditedInvoiceNumber;

  protected FeeInvoiceLine() {}

  /** The line as it was invoiced. */
  InvoiceLine line(Currency currency) {
    return new InvoiceLine(InvoiceSource.valueOf(sourceType), sourceId, sourcePosition,
        FeeKind.valueOf(feeKind), caseReference, reference, directPayment, serviceDate,
        base == null ? null : Money.of(base, currency), percent, Money.of(amount, currency),
        vatPercent, Money.of(vat, currency), creditedInvoiceNumber);
  }
}
