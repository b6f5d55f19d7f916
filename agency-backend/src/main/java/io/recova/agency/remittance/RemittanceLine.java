package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.OptionalUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** What a run pays one creditor, with the account it is paid to. */
@Entity
@Table(name = "remittance_line")
public class RemittanceLine {

  @Id private UUID id;

  @Column(name = "run_id", nullable = false)
  private UUID runId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "creditor_name", nullable = false)
  private String creditorName;

  @Column(name = "iban", nullable = false)
  private String iban;

  @Column(name = "bic")
  private String bic;

  @Column(name = "payable", nullable = false)
  private BigDecimal payable;

  @Column(name = "uncleared", nullable = false)
  private BigDecimal uncleared;

  @Column(name = "held_for_debtors", nullable = false)
  private BigDecimal heldForDebtors;

  @Column(name = "fees_netted", nullable = false)
  private BigDecimal feesNetted;

  @Column(name = "costs_netted", nullable = false)
  private BigDecimal costsNetted;

  @Column(name = "reclaimed_netted", nullable = false)
  private BigDecimal reclaimedNetted;

  @Column(name = "reclaim_outstanding", nullable = false)
  private BigDecimal reclaimOutstanding;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "ledger_transaction_id")
  private UUID ledgerTransactionId;

  @Column(name = "payment_count", nullable = false)
  private int paymentCount;

  @Column(name = "late_count", nullable = false)
  private int lateCount;

  @Column(name = "collected", nullable = false)
  private BigDecimal collected;

  @Column(name = "fees_kept", nullable = false)
  private BigDecimal feesKept;

  @Column(name = "costs_repaid", nullable = false)
  private BigDecimal costsRepaid;

  @Column(name = "funds_mark")
  private String fundsMark;

  protected RemittanceLine() {}

  RemittanceLine(UUID id, UUID runId, UUID creditorId, String creditorName, String iban,
      String bic, RemittanceFigures figures, FundsMark mark) {
    this.id = id;
    this.runId = runId;
    this.creditorId = creditorId;
    this.creditorName = creditorName;
    this.iban = iban;
    this.bic = bic;
    this.payable = figures.payable().amount();
    this.uncleared = figures.uncleared().amount();
    this.heldForDebtors = figures.heldForDebtors().amount();
    this.feesNetted = figures.feesNetted().amount();
    this.costsNetted = figures.costsNetted().amount();
    this.reclaimedNetted = figures.reclaimedNetted().amount();
    this.reclaimOutstanding = figures.reclaimOutstanding().amount();
    this.amount = figures.amount().amount();
    this.currency = figures.amount().currency().getCurrencyCode();
    this.paymentCount = figures.remitted().size();
    this.lateCount = figures.late().size();
    this.collected = figures.collected().amount();
    this.feesKept = figures.feesKept().amount();
    this.costsRepaid = figures.costsRepaid().amount();
    this.fundsMark = mark.value();
  }

  public UUID id() {
    return id;
  }

  public UUID runId() {
    return runId;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public String creditorName() {
    return creditorName;
  }

  public String iban() {
    return iban;
  }

  public Optional<String> bic() {
    return Optional.ofNullable(bic);
  }

  public Money amount() {
    return money(amount);
  }

  public Money feesNetted() {
    return money(feesNetted);
  }

  public Money costsNetted() {
    return money(costsNetted);
  }

  public Money reclaimedNetted() {
    return money(reclaimedNetted);
  }

  public Money reclaimOutstanding() {
    return money(reclaimOutstanding);
  }

  public Money payable() {
    return money(payable);
  }

  public Money uncleared() {
    return money(uncleared);
  }

  public Money heldForDebtors() {
    return money(heldForDebtors);
  }

  /** How many payments the line pays. */
  public int paymentCount() {
    return paymentCount;
  }

  /** How many of them waited longer than the legal delay (R124-6). */
  public int lateCount() {
    return lateCount;
  }

  /** What the debtors paid in the payments the line pays. */
  public Money collected() {
    return money(collected);
  }

  /** The fees and VAT those payments left with the agency. */
  public Money feesKept() {
    return money(feesKept);
  }

  /** What those payments repaid of the costs the agency advanced. */
  public Money costsRepaid() {
    return money(costsRepaid);
  }

  /** What is paid and netted, for the ledger. */
  public RemittancePayout payout() {
    return new RemittancePayout(amount(), feesNetted(), costsNetted(), reclaimedNetted());
  }

  /**
   * True when the creditor's funds are as they were when the line was prepared; a line prepared
   * before the marks were kept is never.
   */
  boolean preparedOn(FundsMark now) {
    return fundsMark != null && fundsMark.equals(now.value());
  }

  void paidBy(UUID transactionId) {
    this.ledgerTransactionId = transactionId;
  }

  public Optional<UUID> ledgerTransactionId() {
    return Optional.ofNullable(ledgerTransactionId);
  }

  private Money money(BigDecimal value) {
    return Money.of(value, Currency.getInstance(currency));
  }
}
