package io.recova.agency.cost;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * A cost the agency advanced on a case, as the supplier invoiced it, with its split decided when
 * it was recorded. Never changed once written (the database refuses it): a cost entered by mistake
 * gets an {@link AdvancedCostReversal}.
 */
@Entity
@Table(name = "advanced_cost")
public class AdvancedCost {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "amount_excl_vat", nullable = false)
  private BigDecimal amountExclVat;

  @Column(name = "vat", nullable = false)
  private BigDecimal vat;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "supplier", nullable = false)
  private String supplier;

  @Column(name = "incurred_on", nullable = false)
  private LocalDate incurredOn;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "judicial_step_id")
  private UUID judicialStepId;

  @Column(name = "reference", nullable = false)
  private String reference;

  @Column(name = "debtor_share", nullable = false)
  private BigDecimal debtorShare;

  @Column(name = "debtor_within_award", nullable = false)
  private BigDecimal debtorWithinAward;

  @Column(name = "other_share", nullable = false)
  private BigDecimal otherShare;

  @Column(name = "other_bearer", nullable = false)
  private String otherBearer;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "ledger_transaction_id", nullable = false)
  private UUID ledgerTransactionId;

  protected AdvancedCost() {}

  AdvancedCost(UUID id, UUID caseId, UUID creditorId, CostKind kind, Money amountExclVat,
      Money vat, String supplier, LocalDate incurredOn, UUID judicialStepId, String reference,
      CostSplit split, String recordedBy, Instant recordedAt, UUID ledgerTransactionId) {
    this.id = id;
    this.caseId = caseId;
    this.creditorId = creditorId;
    this.kind = kind.name();
    this.amountExclVat = amountExclVat.amount();
    this.vat = vat.amount();
    this.currency = amountExclVat.currency().getCurrencyCode();
    this.supplier = supplier;
    this.incurredOn = incurredOn;
    this.judicialStepId = judicialStepId;
    this.reference = reference;
    this.debtorShare = split.share().debtor().amount();
    this.debtorWithinAward = split.debtorWithinAward().amount();
    this.otherShare = split.share().other().amount();
    this.otherBearer = split.share().otherBearer().name();
    String r = split.share().reason();
    this.reason = r.length() <= 300 ? r : r.substring(0, 299) + "…";
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.ledgerTransactionId = ledgerTransactionId;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public CostKind kind() {
    return CostKind.valueOf(kind);
  }

  public LocalDate incurredOn() {
    return incurredOn;
  }

  public UUID ledgerTransactionId() {
    return ledgerTransactionId;
  }

  public Optional<UUID> judicialStepId() {
    return Optional.ofNullable(judicialStepId);
  }

  private Money money(BigDecimal amount) {
    return Money.of(amount, Currency.getInstance(currency.strip()));
  }

  public Money total() {
    return money(amountExclVat.add(vat));
  }

  public CostSplit split() {
    return new CostSplit(new CostShare(money(debtorShare), money(otherShare),
        CostBearer.valueOf(otherBearer), reason), money(debtorWithinAward));
  }

  CostView view(AdvancedCostReversal reversal) {
    CostSplit split = split();
    Money other = split.share().other();
    Money zero = Money.zero(other.currency());
    boolean agency = split.share().otherBearer() == CostBearer.AGENCY;
    return new CostView(id, caseId, kind(), money(amountExclVat), money(vat), total(), supplier,
        incurredOn, judicialStepId, reference, split.share().debtor(),
        split.debtorWithinAward(), agency ? zero : other, agency ? other : zero, reason,
        CostReason.of(reason).orElse(null), recordedBy, recordedAt, ledgerTransactionId,
        reversal == null ? null : reversal.view());
  }
}
