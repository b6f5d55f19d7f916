package io.recova.agency.ledger;

import java.util.Objects;
import java.util.UUID;

/**
 * What a ledger transaction records, named so a reader can go back to it: e.g. {@code Payment}
 * and its id. The ledger knows nothing else of payments, fees or remittances.
 */
public record LedgerSource(String type, UUID id) {

  public LedgerSource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }
}
