package io.recova.agency.invoice;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A fee invoice or credit note, as issued. Lifecycle: issued once, with its number, its lines and
 * its PDFs in French (the original) and English, each with its SHA-256; then never changed nor
 * deleted (a database trigger refuses it). A mistake is corrected by a credit note.
 */
@Entity
@Table(name = "fee_invoice")
public class FeeInvoice {

  public enum Kind {
    INVOICE,
    CREDIT_NOTE
  }

  @Id private UUID id;

  @Column(name = "number", nullable = false, updatable = false)
  private String number;

  @Column(name = "kind", nullable = false, updatable = false)
  private String kind;

  @Column(name = "creditor_id", nullable = false, updatable = false)
  private UUID creditorId;

  @Column(name = "creditor_name", nullable = false, updatable = false)
  private String creditorName;

  @Column(name = "run_id", nullable = false, updatable = false)
  private UUID runId;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "service_from", nullable = false, updatable = false)
  private LocalDate serviceFrom;

  @Column(name = "service_to", nullable = false, updatable = false)
  private LocalDate serviceTo;

  @Column(name = "total_excl_vat", nullable = false, updatable = false)
  private BigDecimal totalExclVat;

  @Column(name = "total_vat", nullable = false, updatable = false)
  private BigDecimal totalVat;

  @Column(name = "total_incl_vat", nullable = false, updatable = false)
  private BigDecimal totalInclVat;

  @Column(name = "settled_by_set_off", nullable = false, updatable = false)
  private BigDecimal settledBySetOff;

  @Column(name = "amount_due", nullable = false, updatable = false)
  private BigDecimal amountDue;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf_fr", nullable = false, updatable = false)
  private byte[] pdfFr;

  @Column(name = "sha256_fr", nullable = false, updatable = false)
  private String sha256Fr;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf_en", nullable = false, updatable = false)
  private byte[] pdfEn;

  @Column(name = "sha256_en", nullable = false, updatable = false)
  private String sha256En;

  @Convert(converter = InstantConverter.class)
  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, updatable = false)
  private String issuedBy;

  protected FeeInvoice() {}

  FeeInvoice(UUID id, FeeInvoiceContent content, UUID creditorId, UUID runId, Pdf french,
      Pdf english, Instant issuedAt, String issuedBy) {
    this.id = Objects.requireNonNull(id);
    this.number = content.number();
    this.kind = (content.isCreditNote() ? Kind.CREDIT_NOTE : Kind.INVOICE).name();
    this.creditorId = Objects.requireNonNull(creditorId);
    this.creditorName = content.creditorName();
    this.runId = Objects.requireNonNull(runId);
    this.issuedOn = content.issuedOn();
    this.serviceFrom = content.serviceFrom();
    this.serviceTo = content.serviceTo();
    this.totalExclVat = content.totals().exclVat().amount();
    this.totalVat = content.totals().vat().amount();
    this.totalInclVat = content.totals().inclVat().amount();
    this.settledBySetOff = content.settlement().settledBySetOff().amount();
    this.amountDue = content.settlement().due().amount();
    this.dueOn = content.settlement().dueOn();
    this.currency = content.totals().inclVat().currency().getCurrencyCode();
    this.pdfFr = french.content().clone();
    this.sha256Fr = french.sha256();
    this.pdfEn = english.content().clone();
    this.sha256En = english.sha256();
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.issuedBy = Objects.requireNonNull(issuedBy);
  }

  /** One rendering of the invoice, with its fingerprint. */
  record Pdf(byte[] content, String sha256) {}

  public UUID id() {
    return id;
  }

  public String number() {
    return number;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public UUID runId() {
    return runId;
  }

  /** The PDF in the reader's language: English for English, the French original otherwise. */
  Pdf pdf(Locale language) {
    return language != null && "en".equals(language.getLanguage())
        ? new Pdf(pdfEn.clone(), sha256En) : new Pdf(pdfFr.clone(), sha256Fr);
  }

  public FeeInvoiceView view() {
    Currency c = Currency.getInstance(currency);
    return new FeeInvoiceView(id, number, Kind.valueOf(kind), creditorId, creditorName, runId,
        issuedOn, serviceFrom, serviceTo, Money.of(totalExclVat, c), Money.of(totalVat, c),
        Money.of(totalInclVat, c), Money.of(settledBySetOff, c), Money.of(amountDue, c), dueOn,
        issuedAt, issuedBy, sha256Fr, sha256En);
  }
}
