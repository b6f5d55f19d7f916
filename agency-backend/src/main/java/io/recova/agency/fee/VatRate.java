package io.recova.agency.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One VAT rate on fees, in force from its date until the next one (seeded by migration V13). */
@Entity
@Table(name = "vat_rate")
public class VatRate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "percent", nullable = false)
  private BigDecimal percent;

  @Column(name = "source", nullable = false)
  private String source;

  @Version private long version;

  protected VatRate() {}

  VatRate(LocalDate validFrom, BigDecimal percent, String source) {
    this.validFrom = Objects.requireNonNull(validFrom);
    this.percent = Objects.requireNonNull(percent);
    this.source = Objects.requireNonNull(source);
  }

  /** A corrected value for the same date (a typo): fees already charged keep their VAT. */
  void correct(BigDecimal newPercent, String newSource) {
    this.percent = Objects.requireNonNull(newPercent);
    this.source = Objects.requireNonNull(newSource);
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public BigDecimal percent() {
    return percent;
  }

  public VatRateView view() {
    return new VatRateView(validFrom, percent, source);
  }
}
