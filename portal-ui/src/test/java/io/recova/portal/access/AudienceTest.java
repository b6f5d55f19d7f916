package io.recova.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AudienceTest {

  static Caller caller(Role... roles) {
    boolean client = Set.of(roles).contains(Role.CLIENT);
    return new Caller("someone", Set.of(roles), client ? UUID.randomUUID() : null);
  }

  @Test
  void collectorsManagersAndAdministratorsAreAgencyStaff() {
    assertThat(Audience.AGENCY_STAFF.admits(caller(Role.COLLECTOR))).isTrue();
    assertThat(Audience.AGENCY_STAFF.admits(caller(Role.MANAGER))).isTrue();
    assertThat(Audience.AGENCY_STAFF.admits(caller(Role.ADMIN))).isTrue();
  }

  @Test
  void aCreditorsUserIsNeverAgencyStaffEvenWithAStaffRole() {
    assertThat(Audience.AGENCY_STAFF.admits(caller(Role.CLIENT))).isFalse();
    assertThat(Audience.AGENCY_STAFF.admits(caller(Role.CLIENT, Role.MANAGER))).isFalse();
    assertThat(Audience.CREDITOR.admits(caller(Role.CLIENT, Role.MANAGER))).isTrue();
  }

  @Test
  void onlyManagersAndAdministratorsManageTheAgency() {
    assertThat(Audience.AGENCY_MANAGEMENT.admits(caller(Role.MANAGER))).isTrue();
    assertThat(Audience.AGENCY_MANAGEMENT.admits(caller(Role.ADMIN))).isTrue();
    assertThat(Audience.AGENCY_MANAGEMENT.admits(caller(Role.COLLECTOR))).isFalse();
    assertThat(Audience.AGENCY_MANAGEMENT.admits(caller(Role.CLIENT, Role.ADMIN))).isFalse();
  }

  @Test
  void onlyManagersApproveInTheConsoleAdministratorsAndCreditorsDoNot() {
    assertThat(Audience.AGENCY_MANAGERS.admits(caller(Role.MANAGER))).isTrue();
    assertThat(Audience.AGENCY_MANAGERS.admits(caller(Role.ADMIN))).isFalse();
    assertThat(Audience.AGENCY_MANAGERS.admits(caller(Role.COLLECTOR))).isFalse();
    assertThat(Audience.AGENCY_MANAGERS.admits(caller(Role.CLIENT, Role.MANAGER))).isFalse();
  }

  @Test
  void aUserWithNoRoleBelongsToNoAudienceButAnyUser() {
    Caller nobody = caller();
    assertThat(Audience.AGENCY_STAFF.admits(nobody)).isFalse();
    assertThat(Audience.CREDITOR.admits(nobody)).isFalse();
    assertThat(Audience.AGENCY_MANAGEMENT.admits(nobody)).isFalse();
    assertThat(Audience.ANY_USER.admits(nobody)).isTrue();
  }
}
