package io.recova.agency.reporting;

import static io.recova.agency.ledger.LedgerAccount.AGENCY_FEE_INCOME;
import static io.recova.agency.ledger.LedgerAccount.CREDITOR_PAYABLE;
import static io.recova.agency.ledger.LedgerAccount.DIRECT_COLLECTED;
import static io.recova.agency.ledger.LedgerAccount.REMITTED;
import static io.recova.agency.ledger.LedgerAccount.TRUST_BANK;
import static io.recova.agency.ledger.LedgerAccount.VAT_PAYABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import io.recova.agency.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The report's arithmetic on a worked quarter. Alpha held 100.00 on 1 January; in the quarter:
 *
 * <pre>
 *  10/01 Alpha case A1 (alice)  payment into the trust account 1,000.00; fee 150.00 + VAT 30.00
 *  05/02 Beta  case B1 (bob)    payment made directly to Beta    400.00; fee  40.00 + VAT  8.00
 *  20/02 Alpha case A2 (nobody) payment into the trust account   250.00; fee  37.50 + VAT  7.50
 *  03/03 Alpha case A2          the 250.00 bounces: payment and fee reversed
 *  15/03 Beta  case B3 (alice)  certificate fee 60.00 + VAT 12.00
 *  31/03 Alpha                  remittance of 900.00
 * </pre>
 *
 * Totals: collected 1,000.00 through the agency and 400.00 directly, fees 190.00, certificate
 * fees 60.00, VAT 50.00, remitted 900.00, 2 payments (3 less the reversed one), 3 cases paid;
 * awaiting remittance on 31/03: 100 + 1,000 − 180 + 250 − 45 − 250 + 45 − 900 = 20.00.
 */
class FeesAndRemittancesTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final UUID ALPHA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID BETA = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  static final UUID A1 = UUID.randomUUID();
  static final UUID A2 = UUID.randomUUID();
  static final UUID B1 = UUID.randomUUID();
  static final UUID B3 = UUID.randomUUID();
  static final ReportPeriod QUARTER =
      new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** A transaction as the ledger holds it: account, amount on its normal side, ... */
  static LedgerMovement tx(UUID creditor, UUID caseId, String collector, String day,
      TransactionKind kind, TransactionKind reversed, Object... accountsAndAmounts) {
    Map<LedgerAccount, Money> net = new EnumMap<>(LedgerAccount.class);
    for (int i = 0; i < accountsAndAmounts.length; i += 2) {
      net.put((LedgerAccount) accountsAndAmounts[i], eur((String) accountsAndAmounts[i + 1]));
    }
    return LedgerMovement.of(creditor, creditor == ALPHA ? "Alpha SARL" : "Beta SA", caseId,
        collector, LocalDate.parse(day), kind, reversed,
        a -> net.getOrDefault(a, Money.zero(EUR)));
  }

  static List<LedgerMovement> quarter() {
    List<LedgerMovement> m = new ArrayList<>();
    m.add(tx(ALPHA, A1, "alice", "2026-01-10", TransactionKind.PAYMENT_RECEIVED, null,
        TRUST_BANK, "1000.00", CREDITOR_PAYABLE, "1000.00"));
    m.add(tx(ALPHA, A1, "alice", "2026-01-10", TransactionKind.FEE_CHARGED, null,
        CREDITOR_PAYABLE, "-180.00", AGENCY_FEE_INCOME, "150.00", VAT_PAYABLE, "30.00"));
    m.add(tx(BETA, B1, "bob", "2026-02-05", TransactionKind.DIRECT_PAYMENT_DECLARED, null,
        DIRECT_COLLECTED, "400.00"));
    m.add(tx(BETA, B1, "bob", "2026-02-05", TransactionKind.FEE_CHARGED, null,
        AGENCY_FEE_INCOME, "40.00", VAT_PAYABLE, "8.00"));
    m.add(tx(ALPHA, A2, null, "2026-02-20", TransactionKind.PAYMENT_RECEIVED, null,
        TRUST_BANK, "250.00", CREDITOR_PAYABLE, "250.00"));
    m.add(tx(ALPHA, A2, null, "2026-02-20", TransactionKind.FEE_CHARGED, null,
        CREDITOR_PAYABLE, "-45.00", AGENCY_FEE_INCOME, "37.50", VAT_PAYABLE, "7.50"));
    m.add(tx(ALPHA, A2, null, "2026-03-03", TransactionKind.REVERSAL,
        TransactionKind.PAYMENT_RECEIVED, TRUST_BANK, "-250.00", CREDITOR_PAYABLE, "-250.00"));
    m.add(tx(ALPHA, A2, null, "2026-03-03", TransactionKind.REVERSAL,
        TransactionKind.FEE_CHARGED, CREDITOR_PAYABLE, "45.00", AGENCY_FEE_INCOME, "-37.50",
        VAT_PAYABLE, "-7.50"));
    m.add(tx(BETA, B3, "alice", "2026-03-15", TransactionKind.CERTIFICATE_FEE, null,
        AGENCY_FEE_INCOME, "60.00", VAT_PAYABLE, "12.00"));
    m.add(tx(ALPHA, null, null, "2026-03-31", TransactionKind.REMITTANCE, null,
        CREDITOR_PAYABLE, "-900.00", TRUST_BANK, "-900.00", REMITTED, "900.00"));
    return m;
  }

  static FeesAndRemittances report() {
    return FeesAndRemittances.of(QUARTER, EUR,
        List.of(new CreditorBalance(ALPHA, "Alpha SARL", eur("100.00"))), quarter());
  }

  static void assertFigures(ReportFigures f, String agency, String direct, String fees,
      String certificate, String vat, String remitted, int payments, int cases) {
    assertThat(f.collectedThroughAgency()).isEqualTo(eur(agency));
    assertThat(f.collectedDirect()).isEqualTo(eur(direct));
    assertThat(f.fees()).isEqualTo(eur(fees));
    assertThat(f.certificateFees()).isEqualTo(eur(certificate));
    assertThat(f.vat()).isEqualTo(eur(vat));
    assertThat(f.remitted()).isEqualTo(eur(remitted));
    assertThat(f.payments()).isEqualTo(payments);
    assertThat(f.cases()).isEqualTo(cases);
  }

  @Test
  void theGrandTotalIsWhatTheLedgerMovedInThePeriod() {
    ReportFigures total = report().total();

    assertFigures(total, "1000.00", "400.00", "190.00", "60.00", "50.00", "900.00", 2, 3);
    assertThat(total.awaitingRemittance()).contains(eur("20.00"));
    assertThat(total.collected()).isEqualTo(eur("1400.00"));
    assertThat(total.feesExcludingVat()).isEqualTo(eur("250.00"));
  }

  @Test
  void byCreditorEachCreditorHasItsFlowsAndWhatAwaitsRemittanceOnThePeriodEnd() {
    List<ReportLine> lines = report().byCreditor().lines();

    assertThat(lines).extracting(ReportLine::label).containsExactly("Alpha SARL", "Beta SA");
    assertFigures(lines.get(0).figures(), "1000.00", "0.00", "150.00", "0.00", "30.00",
        "900.00", 1, 2);
    assertThat(lines.get(0).figures().awaitingRemittance()).contains(eur("20.00"));
    assertFigures(lines.get(1).figures(), "0.00", "400.00", "40.00", "60.00", "20.00", "0.00",
        1, 1);
    assertThat(lines.get(1).figures().awaitingRemittance()).contains(eur("0.00"));
  }

  @Test
  void byCollectorTheRemittanceAndTheUnassignedCaseSitOnTheLineOfNoCollector() {
    List<ReportLine> lines = report().byCollector().lines();

    assertThat(lines).extracting(ReportLine::key).containsExactly("alice", "bob", null);
    assertFigures(lines.get(0).figures(), "1000.00", "0.00", "150.00", "60.00", "42.00", "0.00",
        1, 1);
    assertFigures(lines.get(1).figures(), "0.00", "400.00", "40.00", "0.00", "8.00", "0.00",
        1, 1);
    assertFigures(lines.get(2).figures(), "0.00", "0.00", "0.00", "0.00", "0.00", "900.00",
        0, 1);
    assertThat(lines).allSatisfy(l -> assertThat(l.figures().awaitingRemittance()).isEmpty());
    assertThat(report().byCollector().total().awaitingRemittance()).isEmpty();
  }

  @Test
  void byMonthEachMonthHasItsFlowsAndItsClosingBalance() {
    List<ReportLine> lines = report().byMonth().lines();

    assertThat(lines).extracting(ReportLine::key)
        .containsExactly("2026-01", "2026-02", "2026-03");
    assertFigures(lines.get(0).figures(), "1000.00", "0.00", "150.00", "0.00", "30.00", "0.00",
        1, 1);
    assertFigures(lines.get(1).figures(), "250.00", "400.00", "77.50", "0.00", "15.50", "0.00",
        2, 2);
    // The bounced payment and its fee come back out in March, when they were reversed.
    assertFigures(lines.get(2).figures(), "-250.00", "0.00", "-37.50", "60.00", "4.50",
        "900.00", -1, 0);
    assertThat(lines).extracting(l -> l.figures().awaitingRemittance().orElseThrow())
        .containsExactly(eur("920.00"), eur("1125.00"), eur("20.00"));
  }

  @Test
  void theThreeGroupingsComeToTheSameGrandTotal() {
    FeesAndRemittances report = report();

    for (ReportGrouping g : List.of(report.byCreditor(), report.byCollector(),
        report.byMonth())) {
      ReportFigures sum = ReportFigures.zero(EUR);
      for (ReportLine l : g.lines()) {
        sum = sum.plus(l.figures());
      }
      assertThat(sum.sameFlowsAs(report.total())).as(g.toString()).isTrue();
    }
    assertThat(report.byCreditor().lines().stream().mapToInt(l -> l.figures().cases()).sum())
        .isEqualTo(3);
    assertThat(report.byCollector().lines().stream().mapToInt(l -> l.figures().cases()).sum())
        .isEqualTo(3);
  }

  @Test
  void aCasePaidInTwoMonthsCountsInEachMonthButOnceInTheTotal() {
    List<LedgerMovement> m = new ArrayList<>();
    m.add(tx(ALPHA, A1, "alice", "2026-01-10", TransactionKind.PAYMENT_RECEIVED, null,
        TRUST_BANK, "100.00", CREDITOR_PAYABLE, "100.00"));
    m.add(tx(ALPHA, A1, "alice", "2026-02-10", TransactionKind.PAYMENT_RECEIVED, null,
        TRUST_BANK, "100.00", CREDITOR_PAYABLE, "100.00"));

    FeesAndRemittances report = FeesAndRemittances.of(QUARTER, EUR, List.of(), m);

    assertThat(report.byMonth().lines()).extracting(l -> l.figures().cases())
        .containsExactly(1, 1, 0);
    assertThat(report.total().cases()).isEqualTo(1);
    assertThat(report.total().payments()).isEqualTo(2);
  }

  @Test
  void aCreditorWithFundsHeldButNoMovementStillShowsWhatAwaitsIt() {
    FeesAndRemittances report = FeesAndRemittances.of(QUARTER, EUR,
        List.of(new CreditorBalance(BETA, "Beta SA", eur("75.25"))), List.of());

    assertThat(report.byCreditor().lines()).singleElement().satisfies(l -> {
      assertThat(l.key()).isEqualTo(BETA.toString());
      assertThat(l.figures().awaitingRemittance()).contains(eur("75.25"));
    });
    assertThat(report.byMonth().lines()).extracting(l -> l.figures().awaitingRemittance())
        .containsOnly(Optional.of(eur("75.25")));
    assertThat(report.byCollector().lines()).isEmpty();
  }

  @Test
  void aMovementOutsideThePeriodIsRefused() {
    List<LedgerMovement> m = List.of(tx(ALPHA, A1, "alice", "2026-04-01",
        TransactionKind.PAYMENT_RECEIVED, null, TRUST_BANK, "1.00", CREDITOR_PAYABLE, "1.00"));

    assertThatThrownBy(() -> FeesAndRemittances.of(QUARTER, EUR, List.of(), m))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRemittanceIsNotACollectionAndAReversedPaymentCountsMinusOne() {
    LedgerMovement remittance = tx(ALPHA, null, null, "2026-03-31", TransactionKind.REMITTANCE,
        null, CREDITOR_PAYABLE, "-900.00", TRUST_BANK, "-900.00", REMITTED, "900.00");
    LedgerMovement bounced = tx(ALPHA, A2, null, "2026-03-03", TransactionKind.REVERSAL,
        TransactionKind.PAYMENT_RECEIVED, TRUST_BANK, "-250.00", CREDITOR_PAYABLE, "-250.00");

    assertThat(remittance.collectedThroughAgency()).isEqualTo(eur("0.00"));
    assertThat(remittance.remitted()).isEqualTo(eur("900.00"));
    assertThat(remittance.payments()).isZero();
    assertThat(bounced.collectedThroughAgency()).isEqualTo(eur("-250.00"));
    assertThat(bounced.payments()).isEqualTo(-1);
  }

  @Test
  void aPeriodMustStartBeforeItEndsAndBeReadDay() {
    assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 3, 31),
        LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.code()).containsExactly("report.period"));
    assertThatThrownBy(() -> ReportPeriod.parse("2026-02-30", ""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field()).containsExactly("from", "to"));
    assertThatThrownBy(() -> ReportPeriod.parse("2000-01-01", "2026-01-01"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.code()).containsExactly("report.period.tooLong"));
    assertThat(ReportPeriod.parse("2026-01-15", " 2026-03-01 ").months()).hasSize(3);
  }
}
