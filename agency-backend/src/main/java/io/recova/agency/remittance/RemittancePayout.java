package io.recova.agency.remittance;

import io.recova.agency.money.Money;

/**
 * What a remittance pays a creditor and what it nets of the creditor's debts: the figures its
 * ledger movement is made of.
 */
public record RemittancePayout(Money amount, Money feesNetted, Money costsNetted,
    Money reclaimedNetted) {}
