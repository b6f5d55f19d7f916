package io.recova.reports.remittance;

import io.recova.agency.cost.CostView;
import io.recova.agency.fee.FeeLine;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.remittance.ReclaimsNetted;
import io.recova.agency.remittance.RemittanceLineView;
import io.recova.agency.remittance.RemittanceRun;
import io.recova.agency.remittance.RemittanceStatement;
import io.recova.reports.i18n.DocumentFormat;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the statement prints, formatted for its language: the heading parameters, one row per
 * payment, per fee line, per cost re-billed and per payment returned after an earlier remittance,
 * and the totals. Amounts the creditor is charged
 * print negative.
 */
record RemittanceStatementData(Map<String, Object> parameters, List<StatementRow> rows) {

  static RemittanceStatementData of(RemittanceStatement statement, AgencyIdentity agency,
      DocumentFormat format, ResourceBundle labels, LocalDate printedOn, ZoneId zone) {
    RemittanceLineView line = statement.line();
    Money zero = Money.zero(line.amount().currency());
    Money collected = zero;
    Money fees = zero;
    Money vat = zero;
    Money costs = zero;
    List<StatementRow> rows = new ArrayList<>();
    for (RemittanceStatement.Entry e : statement.entries()) {
      var p = e.payment();
      collected = collected.plus(p.amount());
      rows.add(new StatementRow(format.date(p.valueDate()), p.caseReference(),
          MessageFormat.format(labels.getString(p.late() ? "row.payment.late" : "row.payment"),
              format.date(p.clearedOn())),
          format.money(p.amount()), ""));
      if (!p.costsRepaid().isZero()) {
        costs = costs.plus(p.costsRepaid());
        rows.add(new StatementRow("", "", "  " + labels.getString("row.costsRepaid"),
            format.money(zero.minus(p.costsRepaid())), ""));
      }
      // A fee reversed since (the bank returned the payment after this remittance) still prints:
      // this remittance took it; the reversal is settled on a later statement.
      if (e.fees() == null) {
        continue;
      }
      for (FeeLine l : e.fees().lines()) {
        fees = fees.plus(l.amount());
        vat = vat.plus(l.vat());
        rows.add(new StatementRow("", "", "  " + labels.getString("fee." + l.kind().name())
            + (l.percent() == null ? "" : " " + format.percent(l.percent())),
            format.money(zero.minus(l.amount())), format.money(zero.minus(l.vat()))));
      }
    }
    // Costs advanced by the agency and re-billed at cost (débours): what costsNetted deducts.
    for (CostView c : statement.costs()) {
      rows.add(new StatementRow(format.date(c.incurredOn()), "",
          MessageFormat.format(labels.getString("row.cost"),
              labels.getString("cost." + c.kind().name()), c.supplier(), c.reference()),
          format.money(zero.minus(c.creditorShare())), ""));
    }
    // Payments returned by the bank after their funds were remitted: what the creditor owed back
    // for each, and what reclaimedNetted deducts of it here.
    for (ReclaimsNetted.Open r : statement.reclaims()) {
      var reclaim = r.reclaim();
      String label = MessageFormat.format(labels.getString("row.reclaim"),
          format.money(reclaim.amount()), format.date(reclaim.valueDate()),
          format.money(r.owedBefore()));
      if (!r.owedAfter().isZero()) {
        label += " " + MessageFormat.format(labels.getString("row.reclaim.outstanding"),
            format.money(r.owedAfter()));
      }
      rows.add(new StatementRow(format.date(reclaim.reversedOn()), reclaim.caseReference(),
          label, format.money(zero.minus(r.netted())), ""));
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("agencyName", agency.name());
    parameters.put("agencyAddress", agency.address());
    parameters.put("creditorName", line.creditorName());
    parameters.put("iban", line.iban());
    parameters.put("periodEnd", format.date(statement.periodEnd()));
    parameters.put("reference", statement.runId().toString().substring(0, 8).toUpperCase());
    parameters.put("status", statement.status() == RemittanceRun.Status.APPROVED
        ? MessageFormat.format(labels.getString("status.approved"),
            format.date(LocalDate.ofInstant(statement.approvedAt(), zone)))
        : labels.getString("status.draft"));
    parameters.put("printedOn", format.date(printedOn));
    parameters.put("totalCollected", format.money(collected));
    parameters.put("totalFees", format.money(zero.minus(fees)));
    parameters.put("totalVat", format.money(zero.minus(vat)));
    parameters.put("totalCosts", format.money(zero.minus(costs)));
    parameters.put("payable", format.money(line.payable()));
    parameters.put("uncleared", format.money(zero.minus(line.uncleared())));
    parameters.put("heldForDebtors", format.money(zero.minus(line.heldForDebtors())));
    parameters.put("feesNetted", format.money(zero.minus(line.feesNetted())));
    parameters.put("costsNetted", format.money(zero.minus(line.costsNetted())));
    parameters.put("reclaimedNetted", format.money(zero.minus(line.reclaimedNetted())));
    parameters.put("reclaimOutstanding", line.reclaimOutstanding().isZero() ? ""
        : MessageFormat.format(labels.getString("reclaim.note"),
            format.money(line.reclaimOutstanding())));
    parameters.put("amountPaid", format.money(line.amount()));
    parameters.put("latePayments", line.latePayments() == 0 ? ""
        : MessageFormat.format(labels.getString("late.note"), line.latePayments()));
    return new RemittanceStatementData(parameters, List.copyOf(rows));
  }
}
