package io.recova.agency.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A published rate as the API shows it and an admin records it. */
public record ReferenceRateView(
    ReferenceRateKind kind, LocalDate validFrom, BigDecimal percent, String source) {}
