package io.recova.agency.reporting;

import io.recova.agency.money.Money;
import java.util.Objects;
import java.util.UUID;

/** What the ledger held for a creditor (its CREDITOR_PAYABLE balance) when the period began. */
public record CreditorBalance(UUID creditorId, String creditorName, Money payable) {

  public CreditorBalance {
    Objects.requireNonNull(creditorId, "creditorId");
    Objects.requireNonNull(creditorName, "creditorName");
    Objects.requireNonNull(payable, "payable");
  }
}
