package io.recova.agency.casefile;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.money.Money;
import io.recova.agency.valuation.ClaimTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** One unpaid invoice of a case. Part of the {@link CaseFile} aggregate. */
@Entity
@Table(name = "claim")
public class Claim {

  @Id private UUID id;

  // Lazy: a claim is always reached from its case, which is in hand. Eager, every claim read in a
  // batch (the portfolio page) loaded its case again, and that case its claims (issue 8).
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "invoice_number", nullable = false)
  private String invoiceNumber;

  @Column(name = "invoice_date", nullable = false)
  private LocalDate invoiceDate;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "principal", nullable = false)
  private BigDecimal principal;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "nature", nullable = false)
  private String nature;

  @Column(name = "contract_rate_percent")
  private BigDecimal contractRatePercent;

  /** The VAT rate included in the principal; null for the standard rate (see V16). */
  @Column(name = "vat_percent")
  private BigDecimal vatPercent;

  protected Claim() {}

  Claim(UUID id, CaseFile caseFile, int position, NewClaim c) {
    this.id = id;
    this.caseFile = caseFile;
    this.position = position;
    this.invoiceNumber = c.invoiceNumber().strip();
    this.invoiceDate = c.invoiceDate();
    this.dueDate = c.dueDate();
    this.currency = currencyOf(c).getCurrencyCode();
    this.principal = Money.of(c.principal(), currencyOf(c)).amount();
    this.nature = c.nature().name();
    this.contractRatePercent = c.contractRatePercent();
    this.vatPercent = c.vatPercent() == null ? null : c.vatPercent().setScale(2);
  }

  static Currency currencyOf(NewClaim c) {
    return Currency.getInstance(
        c.currency() == null || c.currency().isBlank()
            ? "EUR"
            : c.currency().strip().toUpperCase(Locale.ROOT));
  }

  public UUID id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String invoiceNumber() {
    return invoiceNumber;
  }

  public LocalDate invoiceDate() {
    return invoiceDate;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Money principal() {
    return Money.of(principal, Currency.getInstance(currency));
  }

  public ClaimNature nature() {
    return ClaimNature.valueOf(nature);
  }

  /**
   * The VAT rate the invoice bears, included in its principal, when the creditor gave it; the
   * irrecoverability certificate otherwise assumes the standard rate.
   */
  public Optional<BigDecimal> vatPercent() {
    return Optional.ofNullable(vatPercent);
  }

  public Optional<BigDecimal> contractRatePercent() {
    return Optional.ofNullable(contractRatePercent);
  }

  public ClaimTerms terms() {
    return new ClaimTerms(id, invoiceNumber, dueDate, principal(), nature(), contractRatePercent);
  }

  public ClaimView view() {
    return new ClaimView(id, invoiceNumber, invoiceDate, dueDate, principal, currency, nature(),
        contractRatePercent, vatPercent);
  }
}
