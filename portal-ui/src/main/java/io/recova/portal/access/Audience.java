package io.recova.portal.access;

import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import java.util.function.Predicate;

/** Who a view is for, in terms of the caller's roles. */
public enum Audience {

  /** Collectors, managers and administrators of the agency; never a creditor's user. */
  AGENCY_STAFF(caller -> caller.isAgencyStaff() && !caller.isCreditorScoped()),

  /** Users of a creditor client (role {@code client}), even if they wrongly hold a staff role. */
  CREDITOR(Caller::isCreditorScoped),

  /** Managers and administrators of the agency. */
  AGENCY_MANAGEMENT(
      caller -> !caller.isCreditorScoped() && (caller.has(Role.MANAGER) || caller.has(Role.ADMIN))),

  /**
   * The agency's managers, who approve what goes beyond a collector's authority (settlements);
   * an administrator is not one by that role alone.
   */
  AGENCY_MANAGERS(caller -> !caller.isCreditorScoped() && caller.has(Role.MANAGER)),

  /** Whoever works with cases: agency staff, and a creditor's users for their own portfolio. */
  PORTFOLIO(caller -> caller.isCreditorScoped() || caller.isAgencyStaff()),

  /** Anyone the container has authenticated, whatever their roles. */
  ANY_USER(caller -> true);

  private final Predicate<Caller> rule;

  Audience(Predicate<Caller> rule) {
    this.rule = rule;
  }

  public boolean admits(Caller caller) {
    return rule.test(caller);
  }
}
