package io.recova.agency.mandate;

import java.time.Instant;
import java.util.UUID;

/** Read model of a creditor client with its mandate: what the UI, the API and the reports see. */
public record CreditorClientView(
    UUID id,
    String name,
    String registrationNumber,
    String address,
    String contactEmail,
    MandateTerms mandate,
    Instant registeredAt) {}
