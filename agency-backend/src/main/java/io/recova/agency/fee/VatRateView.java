package io.recova.agency.fee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A VAT rate on fees as shown to users: from when, how much, and the text it comes from. */
public record VatRateView(LocalDate validFrom, BigDecimal percent, String source) {}
