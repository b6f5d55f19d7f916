package io.recova.agency.casefile;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The person or company that owes a creditor, with how to reach it and what it refused. Kept per
 * creditor: two creditors chasing the same company each have their own debtor record.
 */
@Entity
@Table(name = "debtor")
public class Debtor {

  @Id private UUID id;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "profile", nullable = false)
  private String profile;

  @Convert(converter = InstantConverter.class)
  @Column(name = "electronic_consent_at")
  private Instant electronicConsentAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "debtor_address", joinColumns = @JoinColumn(name = "debtor_id"))
  @OrderBy("position")
  private List<DebtorAddress> addresses = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "debtor_contact", joinColumns = @JoinColumn(name = "debtor_id"))
  @OrderBy("position")
  private List<DebtorContact> contacts = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "debtor_opt_out", joinColumns = @JoinColumn(name = "debtor_id"))
  private List<DebtorOptOut> optOuts = new ArrayList<>();

  @Version private long version;

  protected Debtor() {}

  /** A debtor from a validated submission ({@link NewCaseRules} has passed). */
  static Debtor from(UUID id, UUID creditorId, NewDebtor d, Instant now) {
    Debtor debtor = new Debtor();
    debtor.id = id;
    debtor.creditorId = creditorId;
    debtor.kind = d.kind().name();
    debtor.name = d.name().strip();
    debtor.registrationNumber = normalisedNumber(d.registrationNumber());
    debtor.profile = DebtorProfile.UNKNOWN.name();
    debtor.createdAt = now;
    debtor.addContactsOf(d);
    return debtor;
  }

  static String normalisedNumber(String number) {
    return number == null || number.isBlank() ? null : number.replaceAll("[\\s\\p{Z}.]", "");
  }

  /** Adds the address, email and phone of a new submission that this debtor does not have yet. */
  void addContactsOf(NewDebtor d) {
    if (d.address() != null && !NewCaseRules.isEmpty(d.address())) {
      DebtorAddress a = new DebtorAddress(addresses.size(), d.address());
      if (addresses.stream().noneMatch(x -> x.toAddress().equals(a.toAddress()))) {
        addresses.add(a);
      }
    }
    addContact(DebtorContact.Kind.EMAIL, d.email());
    addContact(DebtorContact.Kind.PHONE, d.phone());
  }

  private void addContact(DebtorContact.Kind kind, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    boolean known = contacts.stream()
        .anyMatch(c -> c.kind() == kind && c.value().equalsIgnoreCase(value.strip()));
    if (!known) {
      int next = contacts.stream().mapToInt(DebtorContact::position).max().orElse(-1) + 1;
      contacts.add(new DebtorContact(next, kind, value));
    }
  }

  public void optOut(ContactChannel channel, Instant at) {
    if (!hasOptedOut(channel)) {
      optOuts.add(new DebtorOptOut(channel, at));
    }
  }

  public void optIn(ContactChannel channel) {
    optOuts.removeIf(o -> o.channel() == channel);
  }

  public boolean hasOptedOut(ContactChannel channel) {
    return optOuts.stream().anyMatch(o -> o.channel() == channel);
  }

  public void recordElectronicConsent(Instant at) {
    this.electronicConsentAt = at;
  }

  public void withdrawElectronicConsent() {
    this.electronicConsentAt = null;
  }

  public void changeProfile(DebtorProfile newProfile) {
    this.profile = newProfile.name();
  }

  public UUID id() {
    return id;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public DebtorKind kind() {
    return DebtorKind.valueOf(kind);
  }

  public String name() {
    return name;
  }

  public Optional<String> registrationNumber() {
    return Optional.ofNullable(registrationNumber);
  }

  public DebtorProfile profile() {
    return DebtorProfile.valueOf(profile);
  }

  public Optional<Instant> electronicConsentAt() {
    return Optional.ofNullable(electronicConsentAt);
  }

  public List<PostalAddress> addresses() {
    return addresses.stream().sorted(Comparator.comparingInt(DebtorAddress::position))
        .map(DebtorAddress::toAddress).toList();
  }

  public List<String> emails() {
    return contactsOf(DebtorContact.Kind.EMAIL);
  }

  public List<String> phones() {
    return contactsOf(DebtorContact.Kind.PHONE);
  }

  private List<String> contactsOf(DebtorContact.Kind kind) {
    return contacts.stream().filter(c -> c.kind() == kind)
        .sorted(Comparator.comparingInt(DebtorContact::position))
        .map(DebtorContact::value).toList();
  }

  public Set<ContactChannel> optedOut() {
    Set<ContactChannel> set = EnumSet.noneOf(ContactChannel.class);
    optOuts.forEach(o -> set.add(o.channel()));
    return set;
  }

  public DebtorView view() {
    return new DebtorView(id, kind(), name, registrationNumber, profile(), addresses(), emails(),
        phones(), electronicConsentAt, optedOut());
  }
}
