package io.recova.agency.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A debtor as the API and the UI show it. */
public record DebtorView(
    UUID id,
    DebtorKind kind,
    String name,
    String registrationNumber,
    DebtorProfile profile,
    List<PostalAddress> addresses,
    List<String> emails,
    List<String> phones,
    Instant electronicConsentAt,
    Set<ContactChannel> optedOut) {}
