package io.recova.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.reporting.CreditorBalance;
import io.recova.agency.reporting.FeesAndRemittances;
import io.recova.agency.reporting.LedgerMovement;
import io.recova.agency.reporting.ManagementReports;
import io.recova.agency.reporting.ReportLine;
import io.recova.agency.reporting.ReportPeriod;
import io.recova.portal.UiTestContext;
import io.recova.reports.management.FeesAndRemittancesPdf;
import io.recova.reports.management.FeesAndRemittancesWorkbook;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportsViewTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneId.of("Europe/Paris"));
  private static final Currency EUR = Currency.getInstance("EUR");

  /** The backend as the view sees it: the periods asked for, one payment of 1,000.00. */
  static final class FakeReports extends ManagementReports {
    final List<ReportPeriod> asked = new ArrayList<>();

    @Override
    public FeesAndRemittances feesAndRemittances(ReportPeriod period) {
      asked.add(period);
      UUID alpha = UUID.randomUUID();
      Map<LedgerAccount, Money> net = Map.of(LedgerAccount.TRUST_BANK, eur("1000.00"),
          LedgerAccount.CREDITOR_PAYABLE, eur("1000.00"));
      LedgerMovement payment = LedgerMovement.of(alpha, "Alpha SARL", UUID.randomUUID(),
          "collector", period.to(), TransactionKind.PAYMENT_RECEIVED, null,
          a -> net.getOrDefault(a, Money.zero(EUR)));
      return FeesAndRemittances.of(period, EUR,
          List.of(new CreditorBalance(UUID.randomUUID(), "Beta SA", eur("50.00"))),
          List.of(payment));
    }
  }

  private UiTestContext context;
  private final FakeReports reports = new FakeReports();

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @BeforeEach
  void setUp() {
    context = UiTestContext.open(Locale.ENGLISH);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private ReportsView view() {
    return new ReportsView(reports, new FeesAndRemittancesPdf(),
        new FeesAndRemittancesWorkbook(),
        new AgencyIdentity("Cabinet", "Paris", "552100554", "a@b.fr", "01", "FR76", "dpo"),
        CLOCK);
  }

  @Test
  void opensOnTheLastThreeMonthsAndShowsEachCreditorWithTheTotal() {
    ReportsView view = view();

    assertThat(reports.asked).containsExactly(
        new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 20)));
    assertThat(view.byCreditor.getListDataView().getItems().map(ReportLine::label))
        .containsExactly("Alpha SARL", "Beta SA");
    assertThat(view.byCreditor.isVisible()).isTrue();
    assertThat(view.pdfLink.isEnabled()).isTrue();
    assertThat(view.xlsxLink.isEnabled()).isTrue();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedOnThePickerAndNothingCanBeDownloaded() {
    ReportsView view = view();

    view.from.setValue(LocalDate.of(2026, 4, 1));

    assertThat(view.from.isInvalid()).isTrue();
    assertThat(view.from.getErrorMessage())
        .isEqualTo("The period must start on or before its last day.");
    assertThat(view.pdfLink.isEnabled()).isFalse();
    assertThat(view.xlsxLink.isEnabled()).isFalse();
    assertThat(reports.asked).hasSize(1);

    view.from.setValue(LocalDate.of(2026, 2, 1));

    assertThat(view.from.isInvalid()).isFalse();
    assertThat(reports.asked).last().isEqualTo(
        new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 20)));
  }
}
