package io.recova.agency.fee;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The VAT rates on fees as recorded: the table the fee calculator reads, kept by an admin. */
@ApplicationScoped
@Transactional
public class VatRates implements io.recova.agency.casefile.StandardVatRate {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject AuditTrail audit;

  /** Every rate by date, for agency staff. */
  public List<VatRateView> list() {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff may read the VAT rates");
    }
    return all().stream().map(VatRate::view).toList();
  }

  /** The standard rate in force on a day, for intake to check a claim's VAT rate against. */
  @Override
  public java.util.Optional<BigDecimal> on(LocalDate day) {
    return em.createQuery("select r from VatRate r where r.validFrom <= :day"
            + " order by r.validFrom desc", VatRate.class)
        .setParameter("day", day).setMaxResults(1).getResultStream().findFirst()
        .map(VatRate::percent);
  }

  @Override
  public io.recova.agency.casefile.StandardVatRate readOnce() {
    java.util.TreeMap<LocalDate, BigDecimal> byDate = new java.util.TreeMap<>();
    all().forEach(r -> byDate.put(r.validFrom(), r.percent()));
    // The rate of the latest start on or before the day, as on(day) reads it.
    return day -> java.util.Optional.ofNullable(byDate.floorEntry(day)).map(Map.Entry::getValue);
  }

  /** The rates for the fee calculator; read by whoever books a fee, whatever the caller. */
  public VatRateTable table() {
    Map<LocalDate, BigDecimal> byDate = new LinkedHashMap<>();
    all().forEach(r -> byDate.put(r.validFrom(), r.percent()));
    return VatRateTable.of(byDate);
  }

  /**
   * Records the VAT rate in force from a date (a change of law), or corrects the one recorded for
   * that date; either way audited. Admin only.
   */
  public VatRateView record(VatRateView input) {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.has(Role.ADMIN)) {
      throw new ForbiddenException("Only an administrator may record VAT rates");
    }
    validate(input);
    String source = input.source().strip();
    BigDecimal percent = input.percent().setScale(2);
    List<VatRate> existing =
        em.createQuery("select r from VatRate r where r.validFrom = :from", VatRate.class)
            .setParameter("from", input.validFrom())
            .getResultList();
    if (existing.isEmpty()) {
      VatRate rate = new VatRate(input.validFrom(), percent, source);
      em.persist(rate);
      audit.record(caller, "vat-rate.recorded", "VatRate", input.validFrom(), null, rate.view());
      return rate.view();
    }
    VatRate rate = existing.get(0);
    VatRateView before = rate.view();
    rate.correct(percent, source);
    audit.record(caller, "vat-rate.corrected", "VatRate", input.validFrom(), before, rate.view());
    return rate.view();
  }

  private static void validate(VatRateView input) {
    if (input == null) {
      throw new InvalidInputException(
          List.of(new FieldViolation("body", "body.required", "A request body is required")));
    }
    List<FieldViolation> violations = new ArrayList<>();
    if (input.validFrom() == null) {
      violations.add(new FieldViolation("validFrom", "validFrom.required",
          "The first day the rate applies is required"));
    }
    BigDecimal percent = input.percent();
    if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0
        || percent.stripTrailingZeros().scale() > 2) {
      violations.add(new FieldViolation("percent", "percent.range",
          "The VAT rate is a percentage from 0 to 100 with at most two decimals"));
    }
    if (input.source() == null || input.source().isBlank() || input.source().length() > 300) {
      violations.add(new FieldViolation("source", "source.required",
          "Say which text sets the rate (at most 300 characters)"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private List<VatRate> all() {
    return em.createQuery("select r from VatRate r order by r.validFrom", VatRate.class)
        .getResultList();
  }
}
