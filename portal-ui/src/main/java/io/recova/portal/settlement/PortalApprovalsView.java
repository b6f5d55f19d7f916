package io.recova.portal.settlement;

import com.vaadin.flow.router.Route;
import io.recova.agency.settlement.Settlements;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The approvals view in a creditor's portal: the same list and decisions as the console's, on the
 * creditor's own settlements only (the backend decides which).
 */
@Route(value = "portal/approvals", layout = MainLayout.class)
@VisibleTo(Audience.CREDITOR)
public class PortalApprovalsView extends ApprovalsView {

  @Inject
  public PortalApprovalsView(Settlements settlements, Clock clock) {
    super(settlements, clock);
  }
}
