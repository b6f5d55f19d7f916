package io.recova.agency.mandate;

import io.recova.agency.money.Bic;
import io.recova.agency.money.Iban;
import io.recova.agency.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The collection agreement (convention de recouvrement, CPCE R124-3) between the agency and a
 * creditor: its {@link FeeSchedule} (contingency fee per stage, tiers, fixed fees, who keeps the
 * accessories), how often collected funds are remitted, and the account they are remitted to. Part
 * of the {@link CreditorClient} aggregate.
 */
@Entity
@Table(name = "mandate")
public class Mandate {

  @Id private UUID id;

  @Column(name = "amicable_fee_percent", nullable = false)
  private FeeRate amicableFee;

  @Column(name = "judicial_fee_percent", nullable = false)
  private FeeRate judicialFee;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mandate_fee_tier", joinColumns = @JoinColumn(name = "mandate_id"))
  @OrderBy("above")
  private List<FeeTier> feeTiers = new ArrayList<>();

  @Column(name = "file_fee", nullable = false)
  private BigDecimal fileFee = BigDecimal.ZERO;

  @Column(name = "certificate_fee", nullable = false)
  private BigDecimal certificateFee = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(name = "late_interest_kept_by", nullable = false)
  private KeptBy lateInterestKeptBy = KeptBy.CREDITOR;

  @Enumerated(EnumType.STRING)
  @Column(name = "indemnity_kept_by", nullable = false)
  private KeptBy indemnityKeptBy = KeptBy.CREDITOR;

  @Enumerated(EnumType.STRING)
  @Column(name = "unrecoverable_costs_borne_by", nullable = false)
  private CostsBorneBy unrecoverableCostsBorneBy = CostsBorneBy.CREDITOR;

  @Enumerated(EnumType.STRING)
  @Column(name = "remittance_frequency", nullable = false)
  private RemittanceFrequency remittanceFrequency;

  @Column(name = "iban", nullable = false)
  private Iban iban;

  @Column(name = "bic")
  private Bic bic;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  /** Null: the legal month. */
  @Column(name = "remittance_delay_days")
  private Integer remittanceDelayDays;

  @Version private long version;

  /** R124-6: funds are remitted within a month of their actual encashment, unless agreed. */
  public static final java.time.Period LEGAL_REMITTANCE_DELAY = java.time.Period.ofMonths(1);

  /** The longest delay a mandate may agree: beyond a quarter, the creditor's money sleeps. */
  public static final int MAX_REMITTANCE_DELAY_DAYS = 90;

  protected Mandate() {}

  Mandate(
      UUID id,
      FeeSchedule fees,
      RemittanceFrequency remittanceFrequency,
      Iban iban,
      Bic bic,
      LocalDate signedOn,
      Integer remittanceDelayDays) {
    this.id = Objects.requireNonNull(id);
    this.remittanceDelayDays = remittanceDelayDays;
    changeFeeSchedule(fees);
    this.remittanceFrequency = Objects.requireNonNull(remittanceFrequency);
    this.iban = Objects.requireNonNull(iban);
    this.bic = bic;
    this.signedOn = Objects.requireNonNull(signedOn);
  }

  public UUID id() {
    return id;
  }

  public FeeRate amicableFee() {
    return amicableFee;
  }

  public FeeRate judicialFee() {
    return judicialFee;
  }

  /** The fees as agreed today. */
  public FeeSchedule feeSchedule() {
    return new FeeSchedule(
        amicableFee,
        judicialFee,
        feeTiers,
        Money.of(fileFee, FeeSchedule.EUR),
        Money.of(certificateFee, FeeSchedule.EUR),
        lateInterestKeptBy,
        indemnityKeptBy,
        unrecoverableCostsBorneBy);
  }

  /**
   * The creditor and the agency agreed on new fees. They apply to payments collected from now on;
   * fees already charged stay as they were (they are money movements, never recomputed).
   */
  void changeFeeSchedule(FeeSchedule fees) {
    Objects.requireNonNull(fees);
    this.amicableFee = fees.amicable();
    this.judicialFee = fees.judicial();
    // Replaced in place: the collection is the mapped one, so the rows are rewritten.
    this.feeTiers.clear();
    this.feeTiers.addAll(fees.tiers());
    this.fileFee = fees.fileFee().amount();
    this.certificateFee = fees.certificateFee().amount();
    this.lateInterestKeptBy = fees.lateInterest();
    this.indemnityKeptBy = fees.indemnity();
    this.unrecoverableCostsBorneBy = fees.unrecoverableCosts();
  }

  /** Who bears the advanced costs the debtor does not repay: the creditor unless agreed. */
  public CostsBorneBy unrecoverableCostsBorneBy() {
    return unrecoverableCostsBorneBy;
  }

  public RemittanceFrequency remittanceFrequency() {
    return remittanceFrequency;
  }

  public Iban iban() {
    return iban;
  }

  public Bic bic() {
    return bic;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  /**
   * How long after its encashment a payment may wait to be remitted: the mandate's own delay,
   * else the legal month (CPCE R124-6, DOMAIN D5).
   */
  public java.time.Period remittanceDelay() {
    return remittanceDelayDays == null ? LEGAL_REMITTANCE_DELAY
        : java.time.Period.ofDays(remittanceDelayDays);
  }

  MandateTerms terms() {
    return new MandateTerms(
        amicableFee.percent(),
        judicialFee.percent(),
        remittanceFrequency,
        iban.value(),
        bic == null ? null : bic.value(),
        signedOn,
        feeSchedule().view(),
        remittanceDelayDays);
  }
}
