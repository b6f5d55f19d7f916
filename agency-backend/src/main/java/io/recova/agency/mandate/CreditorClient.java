package io.recova.agency.mandate;

import io.recova.agency.organisation.Siren;
import jakarta.persistence.CascadeType;
import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A creditor who entrusts unpaid claims to the agency, with its {@link Mandate}. Aggregate root:
 * the mandate is created and changed only through it.
 *
 * <p>Lifecycle: registered by a manager with a signed mandate ({@link
 * CreditorClientFactory#register}); later issues add mandate amendments and termination.
 */
@Entity
@Table(name = "creditor_client")
public class CreditorClient {

  @Id private UUID id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "registration_number")
  private Siren registrationNumber;

  @Column(name = "address")
  private String address;

  @Column(name = "contact_email")
  private String contactEmail;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "mandate_id", nullable = false, unique = true)
  private Mandate mandate;

  @Convert(converter = InstantConverter.class)
  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Version private long version;

  protected CreditorClient() {}

  CreditorClient(
      UUID id,
      String name,
      Siren registrationNumber,
      String address,
      String contactEmail,
      Mandate mandate,
      Instant registeredAt) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.registrationNumber = registrationNumber;
    this.address = address;
    this.contactEmail = contactEmail;
    this.mandate = Objects.requireNonNull(mandate);
    this.registeredAt = Objects.requireNonNull(registeredAt);
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<Siren> registrationNumber() {
    return Optional.ofNullable(registrationNumber);
  }

  public Mandate mandate() {
    return mandate;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  /**
   * The creditor signed new fees (an amendment to the mandate); they apply to what is collected
   * from now on.
   */
  public void amendFees(FeeSchedule fees) {
    mandate.changeFeeSchedule(fees);
  }

  /** The read model handed to the UI, the API and the reports. */
  public CreditorClientView view() {
    return new CreditorClientView(
        id,
        name,
        registrationNumber == null ? null : registrationNumber.value(),
        address,
        contactEmail,
        mandate.terms(),
        registeredAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreditorClient other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
