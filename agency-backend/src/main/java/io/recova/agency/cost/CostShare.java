package io.recova.agency.cost;

import io.recova.agency.money.Money;

/**
 * How one cost splits: {@code debtor} is added to the debtor's balance, {@code other} is borne by
 * {@code otherBearer}; the two always sum to the cost.
 *
 * @param reason why, in English, with its source
 */
public record CostShare(Money debtor, Money other, CostBearer otherBearer, String reason) {}
