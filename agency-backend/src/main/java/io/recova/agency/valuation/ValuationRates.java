package io.recova.agency.valuation;

/**
 * The rate schedules a valuation reads.
 *
 * @param b2bDefault ECB refinancing rate + 10 points, per half-year (C. com. L441-10)
 * @param legalForCreditor the legal rate of the creditor's category (R1.3)
 * @param legalOther the legal rate for "other creditors", whose triple floors contract rates
 */
public record ValuationRates(
    RateSchedule b2bDefault, RateSchedule legalForCreditor, RateSchedule legalOther) {}
