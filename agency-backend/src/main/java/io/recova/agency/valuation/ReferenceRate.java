package io.recova.agency.valuation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One published rate, in force from the first day of a half-year until the next one. */
@Entity
@Table(name = "reference_rate")
public class ReferenceRate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ReferenceRateKind kind;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "percent", nullable = false)
  private BigDecimal percent;

  @Column(name = "source", nullable = false)
  private String source;

  @Version private long version;

  protected ReferenceRate() {}

  ReferenceRate(ReferenceRateKind kind, LocalDate validFrom, BigDecimal percent, String source) {
    this.kind = Objects.requireNonNull(kind);
    this.validFrom = Objects.requireNonNull(validFrom);
    this.percent = Objects.requireNonNull(percent);
    this.source = Objects.requireNonNull(source);
  }

  /** A corrected value for the same half-year (a typo, a republished figure). */
  void correct(BigDecimal newPercent, String newSource) {
    this.percent = Objects.requireNonNull(newPercent);
    this.source = Objects.requireNonNull(newSource);
  }

  public ReferenceRateView view() {
    return new ReferenceRateView(kind, validFrom, percent, source);
  }

  ReferenceRateKind kind() {
    return kind;
  }

  LocalDate validFrom() {
    return validFrom;
  }

  BigDecimal percent() {
    return percent;
  }
}
