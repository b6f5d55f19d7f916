package io.recova.reports.management;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.reporting.CreditorBalance;
import io.recova.agency.reporting.FeesAndRemittances;
import io.recova.agency.reporting.LedgerMovement;
import io.recova.agency.reporting.ReportPeriod;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A worked quarter for the documents. Alpha held 100.00 on 1 January; 10/01 a payment of 1,000.00
 * on Alpha's case (collector alice), fee 150.00 + VAT 30.00; 05/02 400.00 paid directly to Beta
 * (collector bob), fee 40.00 + VAT 8.00; 31/03 900.00 remitted to Alpha. Totals: 1,000.00 and
 * 400.00 collected, 190.00 fees, 38.00 VAT, 900.00 remitted, 20.00 awaiting, 2 payments, 2 cases.
 */
final class SampleReport {

  static final Currency EUR = Currency.getInstance("EUR");
  static final UUID ALPHA = UUID.randomUUID();
  static final UUID BETA = UUID.randomUUID();
  static final AgencyIdentity AGENCY = new AgencyIdentity("Cabinet Exemple", "1 rue de la Paix, 75002 Paris",
      "552100554", "contact@exemple.fr", "+33 1 00 00 00 00", "FR7630006000011234567890189",
      "dpo@exemple.fr");

  private SampleReport() {}

  private static LedgerMovement tx(UUID creditor, UUID caseId, String collector, String day,
      TransactionKind kind, Object... accountsAndAmounts) {
    Map<LedgerAccount, Money> net = new EnumMap<>(LedgerAccount.class);
    for (int i = 0; i < accountsAndAmounts.length; i += 2) {
      net.put((LedgerAccount) accountsAndAmounts[i],
          Money.of((String) accountsAndAmounts[i + 1], "EUR"));
    }
    return LedgerMovement.of(creditor, creditor == ALPHA ? "Alpha SARL" : "Beta SA", caseId,
        collector, LocalDate.parse(day), kind, null, a -> net.getOrDefault(a, Money.zero(EUR)));
  }

  static FeesAndRemittances quarter() {
    UUID a1 = UUID.randomUUID();
    UUID b1 = UUID.randomUUID();
    return FeesAndRemittances.of(
        new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), EUR,
        List.of(new CreditorBalance(ALPHA, "Alpha SARL", Money.of("100.00", "EUR"))),
        List.of(
            tx(ALPHA, a1, "alice", "2026-01-10", TransactionKind.PAYMENT_RECEIVED,
                LedgerAccount.TRUST_BANK, "1000.00", LedgerAccount.CREDITOR_PAYABLE, "1000.00"),
            tx(ALPHA, a1, "alice", "2026-01-10", TransactionKind.FEE_CHARGED,
                LedgerAccount.CREDITOR_PAYABLE, "-180.00",
                LedgerAccount.AGENCY_FEE_INCOME, "150.00", LedgerAccount.VAT_PAYABLE, "30.00"),
            tx(BETA, b1, "bob", "2026-02-05", TransactionKind.DIRECT_PAYMENT_DECLARED,
                LedgerAccount.DIRECT_COLLECTED, "400.00"),
            tx(BETA, b1, "bob", "2026-02-05", TransactionKind.FEE_CHARGED,
                LedgerAccount.AGENCY_FEE_INCOME, "40.00", LedgerAccount.VAT_PAYABLE, "8.00"),
            tx(ALPHA, null, null, "2026-03-31", TransactionKind.REMITTANCE,
                LedgerAccount.CREDITOR_PAYABLE, "-900.00", LedgerAccount.TRUST_BANK, "-900.00",
                LedgerAccount.REMITTED, "900.00")));
  }
}
