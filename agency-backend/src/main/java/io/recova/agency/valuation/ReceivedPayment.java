package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment as the valuation allocates it.
 *
 * @param designatedClaim the claim the debtor said it pays, or null (C. civ. 1342-10)
 */
public record ReceivedPayment(LocalDate valueDate, Money amount, UUID designatedClaim) {}
