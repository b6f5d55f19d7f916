package io.recova.agency.letter;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One PDF of postal letters for the print room, kept as printed. */
@Entity
@Table(name = "postal_batch")
public class PostalBatch {

  @Id private UUID id;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "letter_count", nullable = false, updatable = false)
  private int letterCount;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  // Listing batches never needs the bytes.
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected PostalBatch() {}

  PostalBatch(UUID id, Instant createdAt, String createdBy, int letterCount, String sha256,
      byte[] content) {
    this.id = id;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.letterCount = letterCount;
    this.sha256 = sha256;
    this.content = content;
  }

  public UUID id() {
    return id;
  }

  byte[] content() {
    return content;
  }

  PostalBatchView view(java.util.List<String> references) {
    return new PostalBatchView(id, createdAt, createdBy, letterCount, sha256, references);
  }
}
