package io.recova.agency.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

  private static final UUID MARTIN = UUID.fromString("11111111-1111-4111-8111-111111111111");
  private static final UUID DUPONT = UUID.fromString("22222222-2222-4222-8222-222222222222");

  @Test
  void aClientUserSeesOnlyItsOwnCreditor() {
    Caller martin = new Caller("martin", Set.of(Role.CLIENT), MARTIN);

    assertThat(martin.isCreditorScoped()).isTrue();
    assertThat(martin.isAgencyStaff()).isFalse();
    assertThat(martin.creditorId()).contains(MARTIN);
    assertThat(martin.canSeeCreditor(MARTIN)).isTrue();
    assertThat(martin.canSeeCreditor(DUPONT)).isFalse();
    assertThat(martin.canSeeCreditor(null)).isFalse();
  }

  @Test
  void aClientUserWithoutACreditorBindingSeesNoCreditor() {
    Caller unbound = new Caller("nobody", Set.of(Role.CLIENT), null);

    assertThat(unbound.isCreditorScoped()).isTrue();
    assertThat(unbound.creditorId()).isEmpty();
    assertThat(unbound.canSeeCreditor(MARTIN)).isFalse();
    assertThat(unbound.canSeeCreditor(DUPONT)).isFalse();
    assertThat(unbound.canSeeCreditor(null)).isFalse();
  }

  @Test
  void aPersonSignsWithTheFullNameTheIdentityProviderGivesElseTheUserName() {
    assertThat(new Caller("collector", Set.of(Role.COLLECTOR), null, " Camille Collet ")
        .displayName()).isEqualTo("Camille Collet");
    assertThat(new Caller("collector", Set.of(Role.COLLECTOR), null, "  ").displayName())
        .isEqualTo("collector");
    assertThat(new Caller("collector", Set.of(Role.COLLECTOR), null).displayName())
        .isEqualTo("collector");
    assertThat(new Caller("collector", Set.of(Role.COLLECTOR), null, "Camille Collet")
        .username()).isEqualTo("collector");
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"COLLECTOR", "MANAGER", "ADMIN"})
  void agencyStaffSeeAnyCreditor(Role role) {
    Caller staff = new Caller("staff", Set.of(role), null);

    assertThat(staff.isAgencyStaff()).isTrue();
    assertThat(staff.isCreditorScoped()).isFalse();
    assertThat(staff.canSeeCreditor(MARTIN)).isTrue();
    assertThat(staff.canSeeCreditor(DUPONT)).isTrue();
  }

  @Test
  void aUserWithBothTheClientAndTheManagerRoleIsStillScopedToItsCreditor() {
    Caller misconfigured = new Caller("martin", Set.of(Role.CLIENT, Role.MANAGER), MARTIN);

    assertThat(misconfigured.isCreditorScoped()).isTrue();
    assertThat(misconfigured.canSeeCreditor(MARTIN)).isTrue();
    assertThat(misconfigured.canSeeCreditor(DUPONT)).isFalse();
  }

  @Test
  void aUserWithTheClientAndTheAdminRoleButNoBindingSeesNoCreditor() {
    Caller misconfigured = new Caller("odd", Set.of(Role.CLIENT, Role.ADMIN), null);

    assertThat(misconfigured.isCreditorScoped()).isTrue();
    assertThat(misconfigured.canSeeCreditor(MARTIN)).isFalse();
  }

  @Test
  void anAnonymousCallerSeesNothing() {
    Caller anonymous = Caller.anonymous();

    assertThat(anonymous.roles()).isEmpty();
    assertThat(anonymous.isAgencyStaff()).isFalse();
    assertThat(anonymous.isCreditorScoped()).isFalse();
    assertThat(anonymous.creditorId()).isEmpty();
    assertThat(anonymous.canSeeCreditor(MARTIN)).isFalse();
    assertThat(anonymous.canSeeCreditor(null)).isFalse();
  }

  @Test
  void aCallerWithoutRolesSeesNothingEvenWithACreditorBinding() {
    Caller roleless = new Caller("ghost", Set.of(), MARTIN);

    assertThat(roleless.isCreditorScoped()).isFalse();
    assertThat(roleless.canSeeCreditor(MARTIN)).isFalse();
  }

  @Test
  void theSystemActsAsAnAdministratorAndSeesAnyCreditor() {
    Caller system = Caller.system();

    assertThat(system.has(Role.ADMIN)).isTrue();
    assertThat(system.isCreditorScoped()).isFalse();
    assertThat(system.canSeeCreditor(DUPONT)).isTrue();
  }

  @Test
  void doesNotChangeWhenTheRolesItWasBuiltFromChange() {
    Set<Role> roles = EnumSet.of(Role.CLIENT);
    Caller martin = new Caller("martin", roles, MARTIN);

    roles.remove(Role.CLIENT);
    roles.add(Role.ADMIN);

    assertThat(martin.roles()).containsExactly(Role.CLIENT);
    assertThat(martin.canSeeCreditor(DUPONT)).isFalse();
  }

  @Test
  void handsOutACopyOfItsRoles() {
    Caller martin = new Caller("martin", Set.of(Role.CLIENT), MARTIN);

    martin.roles().clear();

    assertThat(martin.has(Role.CLIENT)).isTrue();
    assertThat(martin.isCreditorScoped()).isTrue();
  }

  @Test
  void rolesAreNamedAsKeycloakKnowsThem() {
    assertThat(Role.CLIENT.roleName()).isEqualTo("client");
    assertThat(Role.MANAGER.roleName()).isEqualTo("manager");
    assertThat(Role.COLLECTOR.roleName()).isEqualTo("collector");
    assertThat(Role.ADMIN.roleName()).isEqualTo("admin");
  }
}
