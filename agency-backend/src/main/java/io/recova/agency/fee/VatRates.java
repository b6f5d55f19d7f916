package io.recova.agency.fee;

import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The VAT rates on fees as recorded: the table the fee calculator reads. */
@ApplicationScoped
@Transactional
public class VatRates {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;

  /** Every rate by date, for agency staff. */
  public List<VatRateView> list() {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff may read the VAT rates");
    }
    return all().stream().map(VatRate::view).toList();
  }

  /** The rates for the fee calculator; read by whoever books a fee, whatever the caller. */
  public VatRateTable table() {
    Map<LocalDate, BigDecimal> byDate = new LinkedHashMap<>();
    all().forEach(r -> byDate.put(r.validFrom(), r.percent()));
    return VatRateTable.of(byDate);
  }

  private List<VatRate> all() {
    return em.createQuery("select r from VatRate r order by r.validFrom", VatRate.class)
        .getResultList();
  }
}
