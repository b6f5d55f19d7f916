package io.recova.agency.valuation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A money judgment: legal interest runs from its date (C. civ. 1231-7) and rises by five points two
 * months after it became enforceable by service (C. mon. fin. L313-3).
 */
public record Judgment(LocalDate date, Optional<LocalDate> servedOn) {}
