package io.recova.agency.mandate;

import io.recova.agency.organisation.Siren;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence of creditor clients. Unscoped: the service applies the caller's tenant scope. */
public interface CreditorClientRepository {

  Optional<CreditorClient> find(UUID id);

  Optional<CreditorClient> findByRegistrationNumber(Siren siren);

  /** One page of creditor clients ordered by name. */
  List<CreditorClient> list(int offset, int limit);

  long count();

  void add(CreditorClient client);
}
