package io.recova.agency.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: user name, realm roles, and for a creditor client user the creditor it is bound
 * to (Keycloak attribute {@code creditor_id}). Every service takes its scoping decisions from this
 * one object, never from the UI.
 */
public final class Caller {

  private final String username;
  private final Set<Role> roles;
  private final UUID creditorId;
  private final String displayName;

  public Caller(String username, Set<Role> roles, UUID creditorId) {
    this(username, roles, creditorId, null);
  }

  /**
   * @param displayName the person's full name as the identity provider knows it (the token's
   *     {@code name} claim); null when it has none
   */
  public Caller(String username, Set<Role> roles, UUID creditorId, String displayName) {
    this.username = username;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.creditorId = creditorId;
    this.displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
  }

  /** A caller with no identity: has no role and sees nothing. */
  public static Caller anonymous() {
    return new Caller("anonymous", Set.of(), null);
  }

  /** The application itself (start-up jobs, demo seeding): acts as administrator. */
  public static Caller system() {
    return new Caller("system", Set.of(Role.ADMIN), null);
  }

  public String username() {
    return username;
  }

  /**
   * The name a person signs with, for documents a debtor reads (letters): the full name when the
   * identity provider gives one, else the user name. Audit records keep the user name.
   */
  public String displayName() {
    return displayName == null ? username : displayName;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAgencyStaff() {
    return roles.stream().anyMatch(Role::isAgencyStaff);
  }

  /**
   * True when the caller may see only one creditor's data: a client user. A user that has both an
   * agency role and the client role is still scoped, so that a misconfigured account never widens
   * what a client sees.
   */
  public boolean isCreditorScoped() {
    return roles.contains(Role.CLIENT);
  }

  /**
   * The creditor named by the caller's {@code creditor_id} claim, if any. Only meaningful for a
   * creditor-scoped caller: check {@link #isCreditorScoped()} first.
   */
  public Optional<UUID> creditorId() {
    return Optional.ofNullable(creditorId);
  }

  /** True if this caller may see the given creditor's data. */
  public boolean canSeeCreditor(UUID creditor) {
    if (isCreditorScoped()) {
      return creditor != null && creditor.equals(creditorId);
    }
    return isAgencyStaff();
  }

  @Override
  public String toString() {
    return username + roles;
  }
}
