package io.recova.agency.security;

import java.util.Locale;

/** Realm roles of the Keycloak realm {@code recova}. */
public enum Role {
  COLLECTOR,
  MANAGER,
  CLIENT,
  ADMIN;

  /** The role's name as Keycloak and the container know it. */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the roles of the agency's own staff, as opposed to creditor clients. */
  public boolean isAgencyStaff() {
    return this != CLIENT;
  }
}
