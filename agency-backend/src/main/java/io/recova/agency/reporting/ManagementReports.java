package io.recova.agency.reporting;

import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.TransactionKind;
import io.recova.agency.money.Money;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the trust ledger for the managers' reports. Managers and admins only: the report spans
 * every creditor, so a creditor's user or a collector is refused outright. Reading is not audited.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class ManagementReports {

  /** Fees are charged in euros only (FeeSchedule.EUR): the report reads the euro ledger. */
  static final Currency EUR = Currency.getInstance("EUR");

  /**
   * Each account's movement in a transaction, positive on its normal side; the columns follow
   * {@link #ACCOUNTS}.
   */
  private static final List<LedgerAccount> ACCOUNTS = List.of(LedgerAccount.TRUST_BANK,
      LedgerAccount.DIRECT_COLLECTED, LedgerAccount.AGENCY_FEE_INCOME,
      LedgerAccount.VAT_PAYABLE, LedgerAccount.REMITTED, LedgerAccount.CREDITOR_PAYABLE);

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;

  /** Fees and remittances by creditor, by collector and by month over the period. */
  public FeesAndRemittances feesAndRemittances(ReportPeriod period) {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !(caller.has(Role.MANAGER) || caller.has(Role.ADMIN))) {
      throw new ForbiddenException("Only managers and admins read the fee and remittance report");
    }
    return FeesAndRemittances.of(period, EUR, opening(period), movements(period));
  }

  /** Every creditor's payable balance before the period, by value date. */
  private List<CreditorBalance> opening(ReportPeriod period) {
    List<?> rows = em.createNativeQuery("select cast(t.creditor_id as varchar), c.name,"
            + " sum(case e.side when 'C' then e.amount else -e.amount end)"
            + " from ledger_entry e join ledger_transaction t on t.id = e.transaction_id"
            + " join creditor_client c on c.id = t.creditor_id"
            + " where e.account = 'CREDITOR_PAYABLE' and e.currency = ?1 and t.value_date < ?2"
            + " group by t.creditor_id, c.name")
        .setParameter(1, EUR.getCurrencyCode())
        .setParameter(2, Date.valueOf(period.from()))
        .getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new CreditorBalance(UUID.fromString(r[0].toString()), r[1].toString(),
            Money.of((BigDecimal) r[2], EUR)))
        .filter(b -> !b.payable().isZero())
        .toList();
  }

  /** The period's ledger transactions, each netted per account, in the order they were posted. */
  private List<LedgerMovement> movements(ReportPeriod period) {
    StringBuilder sql = new StringBuilder("select cast(t.creditor_id as varchar), c.name,"
        + " cast(t.case_id as varchar), f.assigned_collector, t.value_date, t.kind, o.kind");
    for (LedgerAccount account : ACCOUNTS) {
      // Positive on the account's normal side, as its balance is.
      String normal = account.normalSide().name().substring(0, 1);
      sql.append(", coalesce(sum(case when e.account = '").append(account.name())
          .append("' then (case e.side when '").append(normal)
          .append("' then e.amount else -e.amount end) end), 0)");
    }
    sql.append(" from ledger_transaction t"
        + " join ledger_entry e on e.transaction_id = t.id and e.currency = ?1"
        + " join creditor_client c on c.id = t.creditor_id"
        + " left join case_file f on f.id = t.case_id"
        + " left join ledger_transaction o on o.id = t.reverses_id"
        + " where t.value_date between ?2 and ?3"
        + " group by t.id, t.seq, t.creditor_id, c.name, t.case_id, f.assigned_collector,"
        + " t.value_date, t.kind, o.kind"
        + " order by t.seq");
    List<?> rows = em.createNativeQuery(sql.toString())
        .setParameter(1, EUR.getCurrencyCode())
        .setParameter(2, Date.valueOf(period.from()))
        .setParameter(3, Date.valueOf(period.to()))
        .getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> {
      Map<LedgerAccount, Money> net = new EnumMap<>(LedgerAccount.class);
      for (int i = 0; i < ACCOUNTS.size(); i++) {
        net.put(ACCOUNTS.get(i), Money.of((BigDecimal) r[7 + i], EUR));
      }
      return LedgerMovement.of(UUID.fromString(r[0].toString()), r[1].toString(),
          r[2] == null ? null : UUID.fromString(r[2].toString()),
          r[3] == null ? null : r[3].toString(), ((Date) r[4]).toLocalDate(),
          TransactionKind.valueOf(r[5].toString()),
          r[6] == null ? null : TransactionKind.valueOf(r[6].toString()),
          account -> net.getOrDefault(account, Money.zero(EUR)));
    }).toList();
  }
}
