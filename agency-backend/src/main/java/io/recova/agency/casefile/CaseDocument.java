package io.recova.agency.casefile;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A piece of evidence on a case, described by its SHA-256 so anyone can check later that the file
 * produced in court is the one received. Its bytes are kept apart and never change.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false)
  private String sha256;

  @Convert(converter = InstantConverter.class)
  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  protected CaseDocument() {}

  CaseDocument(UUID id, UUID caseId, DocumentKind kind, String fileName, EvidenceFormat format,
      long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
    this.id = id;
    this.caseId = caseId;
    this.kind = kind.name();
    this.fileName = fileName;
    this.mediaType = format.mediaType();
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public DocumentView view() {
    return new DocumentView(id, DocumentKind.valueOf(kind), fileName, mediaType, sizeBytes, sha256,
        uploadedAt, uploadedBy);
  }
}
