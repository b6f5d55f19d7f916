package io.recova.agency.mandate;

import io.recova.agency.organisation.Siren;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCreditorClientRepository implements CreditorClientRepository {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Override
  public Optional<CreditorClient> find(UUID id) {
    return Optional.ofNullable(em.find(CreditorClient.class, id));
  }

  @Override
  public Optional<CreditorClient> findByRegistrationNumber(Siren siren) {
    return em.createQuery(
            "select c from CreditorClient c where c.registrationNumber = :siren",
            CreditorClient.class)
        .setParameter("siren", siren)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CreditorClient> list(int offset, int limit) {
    return em.createQuery(
            "select c from CreditorClient c join fetch c.mandate order by lower(c.name), c.id",
            CreditorClient.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from CreditorClient c", Long.class).getSingleResult();
  }

  @Override
  public void add(CreditorClient client) {
    em.persist(client);
  }
}
