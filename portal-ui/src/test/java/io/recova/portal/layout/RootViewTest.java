package io.recova.portal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import io.recova.portal.cases.CasesView;
import io.recova.portal.certificate.CertificatesView;
import io.recova.portal.invoice.PortalInvoicesView;
import io.recova.portal.console.ClientsView;
import io.recova.portal.dispute.DisputesView;
import io.recova.portal.kpi.AgencyDashboardView;
import io.recova.portal.kpi.PortalDashboardView;
import io.recova.portal.work.WorkQueueView;
import io.recova.portal.writeoff.WriteOffApprovalsView;
import io.recova.portal.portal.PortalView;
import io.recova.portal.settlement.ApprovalsView;
import io.recova.portal.remittance.PortalRemittancesView;
import io.recova.portal.remittance.RemittanceRunsView;
import io.recova.portal.report.ReportsView;
import io.recova.portal.settlement.PortalApprovalsView;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RootViewTest {

  private static Caller caller(Role... roles) {
    return new Caller("someone", Set.of(roles), UUID.randomUUID());
  }

  @Test
  void aCreditorsUserStartsOnThePortal() {
    assertThat(RootView.homeFor(caller(Role.CLIENT))).isEqualTo(PortalView.class);
    assertThat(RootView.homeFor(caller(Role.CLIENT, Role.ADMIN))).isEqualTo(PortalView.class);
  }

  @Test
  void agencyStaffStartOnTheConsole() {
    assertThat(RootView.homeFor(caller(Role.COLLECTOR))).isEqualTo(ClientsView.class);
    assertThat(RootView.homeFor(caller(Role.MANAGER))).isEqualTo(ClientsView.class);
    assertThat(RootView.homeFor(caller(Role.ADMIN))).isEqualTo(ClientsView.class);
  }

  @Test
  void aUserWithNoRoleIsToldSoInsteadOfGoingRoundInCircles() {
    assertThat(RootView.homeFor(caller())).isEqualTo(AccessDeniedView.class);
  }

  @Test
  void theDrawerShowsAClientItsPortalApprovalsAndCasesAndStaffTheCasesAndTheConsole() {
    assertThat(MainLayout.entriesFor(caller(Role.CLIENT)))
        .extracting(MainLayout.NavEntry::view)
        .containsExactly(PortalView.class, PortalDashboardView.class, PortalApprovalsView.class,
            PortalRemittancesView.class, PortalInvoicesView.class, CertificatesView.class,
            CasesView.class, DisputesView.class);
    assertThat(MainLayout.entriesFor(caller(Role.COLLECTOR)))
        .extracting(MainLayout.NavEntry::view)
        .containsExactly(WorkQueueView.class, CasesView.class, DisputesView.class,
            ClientsView.class);
    // An administrator reads the remittance runs; only a manager prepares and approves them.
    assertThat(MainLayout.entriesFor(caller(Role.ADMIN)))
        .extracting(MainLayout.NavEntry::view)
        .containsExactly(WorkQueueView.class, AgencyDashboardView.class,
            RemittanceRunsView.class, ReportsView.class, CasesView.class, DisputesView.class,
            ClientsView.class);
    assertThat(MainLayout.entriesFor(caller())).isEmpty();
  }

  @Test
  void aManagerAlsoSeesTheApprovalsInTheConsole() {
    assertThat(MainLayout.entriesFor(caller(Role.MANAGER)))
        .extracting(MainLayout.NavEntry::view)
        .containsExactly(WorkQueueView.class, AgencyDashboardView.class, ApprovalsView.class,
            WriteOffApprovalsView.class, RemittanceRunsView.class, ReportsView.class,
            CasesView.class, DisputesView.class, ClientsView.class);
    assertThat(MainLayout.entriesFor(caller(Role.CLIENT, Role.MANAGER)))
        .extracting(MainLayout.NavEntry::view)
        .doesNotContain(ApprovalsView.class, WriteOffApprovalsView.class,
            RemittanceRunsView.class, ReportsView.class, AgencyDashboardView.class);
  }
}
