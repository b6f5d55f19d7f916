package io.recova.agency.mandate;

import io.recova.agency.money.Bic;
import io.recova.agency.money.Iban;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The collection agreement (convention de recouvrement, CPCE R124-3) between the agency and a
 * creditor: the contingency fee per stage, how often collected funds are remitted, and the account
 * they are remitted to. Part of the {@link CreditorClient} aggregate.
 */
@Entity
@Table(name = "mandate")
public class Mandate {

  @Id private UUID id;

  @Column(name = "amicable_fee_percent", nullable = false)
  private FeeRate amicableFee;

  @Column(name = "judicial_fee_percent", nullable = false)
  private FeeRate judicialFee;

  @Enumerated(EnumType.STRING)
  @Column(name = "remittance_frequency", nullable = false)
  private RemittanceFrequency remittanceFrequency;

  @Column(name = "iban", nullable = false)
  private Iban iban;

  @Column(name = "bic")
  private Bic bic;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Version private long version;

  protected Mandate() {}

  Mandate(
      UUID id,
      FeeRate amicableFee,
      FeeRate judicialFee,
      RemittanceFrequency remittanceFrequency,
      Iban iban,
      Bic bic,
      LocalDate signedOn) {
    this.id = Objects.requireNonNull(id);
    this.amicableFee = Objects.requireNonNull(amicableFee);
    this.judicialFee = Objects.requireNonNull(judicialFee);
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

  MandateTerms terms() {
    return new MandateTerms(
        amicableFee.percent(),
        judicialFee.percent(),
        remittanceFrequency,
        iban.value(),
        bic == null ? null : bic.value(),
        signedOn);
  }
}
