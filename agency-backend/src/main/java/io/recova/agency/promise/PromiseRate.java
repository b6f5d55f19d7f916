package io.recova.agency.promise;

import java.math.BigDecimal;

/**
 * How well the promises obtained by one collector, or made on one creditor's cases, were kept.
 *
 * @param key the collector's user name or the creditor's id
 * @param label the collector's user name or the creditor's name
 * @param keptPercent kept among those settled (kept or broken), one decimal; null while none is
 *     settled
 */
public record PromiseRate(
    String key, String label, long promises, long kept, long broken, long pending,
    BigDecimal keptPercent) {}
