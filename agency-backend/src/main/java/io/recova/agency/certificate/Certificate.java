package io.recova.agency.certificate;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An irrecoverability certificate, as issued. Lifecycle: issued once, with its number and PDF,
 * then never changed (a database trigger refuses it) except to be cancelled, once, naming the
 * certificate that replaces it. A cancelled certificate stays readable, marked so.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  @Id private UUID id;

  @Column(name = "number", nullable = false, updatable = false)
  private String number;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false, updatable = false)
  private UUID creditorId;

  @Column(name = "write_off_id", nullable = false, updatable = false)
  private UUID writeOffId;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Column(name = "reason_note", updatable = false)
  private String reasonNote;

  @Column(name = "language", nullable = false, updatable = false)
  private String language;

  @Column(name = "debtor_name", nullable = false, updatable = false)
  private String debtorName;

  @Column(name = "amount_incl_vat", nullable = false, updatable = false)
  private BigDecimal amountInclVat;

  @Column(name = "amount_unpaid", nullable = false, updatable = false)
  private BigDecimal amountUnpaid;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf", nullable = false, updatable = false)
  private byte[] pdf;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Convert(converter = InstantConverter.class)
  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, updatable = false)
  private String issuedBy;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "replaces_id", updatable = false)
  private UUID replacesId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancellation_reason")
  private String cancellationReason;

  @Column(name = "replaced_by_number")
  private String replacedByNumber;

  protected Certificate() {}

  Certificate(UUID id, CertificateContent content, UUID caseId, UUID creditorId, UUID writeOffId,
      byte[] pdf, String sha256, Instant issuedAt, String issuedBy, UUID replacesId) {
    this.id = Objects.requireNonNull(id);
    this.number = content.number();
    this.caseId = Objects.requireNonNull(caseId);
    this.creditorId = Objects.requireNonNull(creditorId);
    this.writeOffId = Objects.requireNonNull(writeOffId);
    this.reason = content.reason().name();
    this.reasonNote = content.reasonNote();
    this.language = content.language();
    this.debtorName = content.debtorName();
    this.amountInclVat = content.amounts().totalInclVat().amount();
    this.amountUnpaid = content.amounts().unpaidInclVat().amount();
    this.currency = content.amounts().totalInclVat().currency().getCurrencyCode();
    this.pdf = pdf.clone();
    this.sha256 = Objects.requireNonNull(sha256);
    this.issuedOn = content.issuedOn();
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.issuedBy = Objects.requireNonNull(issuedBy);
    this.replacesId = replacesId;
  }

  /** Cancels the certificate, which the one numbered {@code replacement} replaces. */
  void cancel(String by, Instant at, String why, String replacement) {
    if (isCancelled()) {
      throw new IllegalStateException("The certificate " + number + " is already cancelled");
    }
    this.cancelledBy = Objects.requireNonNull(by);
    this.cancelledAt = Objects.requireNonNull(at);
    this.cancellationReason = Objects.requireNonNull(why);
    this.replacedByNumber = Objects.requireNonNull(replacement);
  }

  public UUID id() {
    return id;
  }

  public String number() {
    return number;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public UUID writeOffId() {
    return writeOffId;
  }

  public IrrecoverabilityReason reason() {
    return IrrecoverabilityReason.valueOf(reason);
  }

  public String reasonNote() {
    return reasonNote;
  }

  public String language() {
    return language;
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  public Optional<UUID> replacesId() {
    return Optional.ofNullable(replacesId);
  }

  public byte[] pdf() {
    return pdf.clone();
  }

  public String sha256() {
    return sha256;
  }

  public CertificateView view(String caseReference, String replacesNumber) {
    Currency c = Currency.getInstance(currency);
    return new CertificateView(id, number, caseId, caseReference, debtorName,
        IrrecoverabilityReason.valueOf(reason), Money.of(amountInclVat, c), Money.of(amountUnpaid, c),
        issuedOn, issuedAt, issuedBy, sha256, replacesNumber, isCancelled(), cancelledAt,
        cancelledBy, cancellationReason, replacedByNumber);
  }
}
