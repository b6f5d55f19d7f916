package io.recova.agency.letter;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * A letter sent to a debtor. The database refuses any change but the one filing a postal letter
 * into its print batch.
 */
@Entity
@Table(name = "letter")
public class Letter {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false, updatable = false)
  private UUID creditorId;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private LetterKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false)
  private LetterChannel channel;

  @Column(name = "language", nullable = false, updatable = false)
  private String language;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "amount_due", nullable = false, updatable = false)
  private BigDecimal amountDue;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Column(name = "pay_by", nullable = false, updatable = false)
  private LocalDate payBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "sent_by", nullable = false, updatable = false)
  private String sentBy;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "postal_batch_id")
  private UUID postalBatchId;

  protected Letter() {}

  Letter(UUID id, UUID caseId, UUID creditorId, LetterContent content, LetterChannel channel,
      String recipient, UUID documentId, String sha256, Instant sentAt, String sentBy) {
    this.id = id;
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.reference = content.reference();
    this.kind = content.kind();
    this.channel = channel;
    this.language = content.language().getLanguage();
    this.recipient = recipient;
    this.documentId = documentId;
    this.sha256 = sha256;
    this.amountDue = content.totals().due().amount();
    this.currency = content.totals().due().currency().getCurrencyCode();
    this.payBy = content.payBy();
    this.sentAt = sentAt;
    this.sentBy = sentBy;
  }

  public UUID id() {
    return id;
  }

  public UUID documentId() {
    return documentId;
  }

  public String reference() {
    return reference;
  }

  public Instant sentAt() {
    return sentAt;
  }

  void fileInto(UUID batch) {
    if (postalBatchId != null || channel != LetterChannel.POST) {
      throw new IllegalStateException("Letter " + reference + " cannot go into a print batch");
    }
    postalBatchId = batch;
  }

  public LetterView view() {
    return new LetterView(id, caseId, reference, kind, channel, language, recipient, documentId,
        sha256, Money.of(amountDue, Currency.getInstance(currency)), payBy, sentAt, sentBy,
        postalBatchId);
  }
}
