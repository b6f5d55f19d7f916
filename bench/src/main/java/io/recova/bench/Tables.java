package io.recova.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tables the generator fills, with the columns it writes, in an order that satisfies the
 * immediate foreign keys (the deferred ones, case events and ledger entries, are checked at
 * commit). Identity columns are left to the database.
 */
final class Tables {

  final CopyTable mandate = new CopyTable("mandate", "id", "amicable_fee_percent",
      "judicial_fee_percent", "remittance_frequency", "iban", "bic", "signed_on",
      "settlement_authority_percent");
  final CopyTable creditor = new CopyTable("creditor_client", "id", "name",
      "registration_number", "address", "contact_email", "mandate_id", "registered_at");
  final CopyTable debtor = new CopyTable("debtor", "id", "creditor_id", "kind", "name",
      "registration_number", "profile", "electronic_consent_at", "created_at");
  final CopyTable debtorAddress = new CopyTable("debtor_address", "debtor_id", "position",
      "line1", "line2", "postal_code", "city", "country_code");
  final CopyTable debtorContact = new CopyTable("debtor_contact", "debtor_id", "position",
      "channel", "value");
  final CopyTable caseFile = new CopyTable("case_file", "id", "creditor_id", "debtor_id",
      "external_reference", "stage", "suspended_from", "assigned_collector", "currency",
      "debtor_name", "principal_total", "earliest_due_date", "limitation_date",
      "formal_notice_date", "judgment_date", "judgment_served_on", "intake_fingerprint",
      "opened_at", "stage_changed_at");
  final CopyTable claim = new CopyTable("claim", "id", "case_id", "position", "invoice_number",
      "invoice_date", "due_date", "principal", "currency", "nature", "contract_rate_percent",
      "vat_percent");
  final CopyTable caseEvent = new CopyTable("case_event", "case_id", "occurred_at", "actor",
      "kind", "legal_date", "from_stage", "to_stage", "note", "internal");
  final CopyTable activity = new CopyTable("activity", "id", "case_id", "debtor_id", "kind",
      "outcome", "occurred_at", "author", "summary", "private");
  final CopyTable promise = new CopyTable("promise_to_pay", "id", "case_id", "amount",
      "currency", "promised_on", "due_date", "recorded_at", "recorded_by", "note");
  final CopyTable plan = new CopyTable("payment_plan", "id", "case_id", "creditor_id", "total",
      "currency", "frequency", "installment_count", "first_due_date", "proposed_on", "signed_on",
      "status", "created_by", "created_at");
  final CopyTable installment = new CopyTable("payment_plan_installment", "plan_id", "seq",
      "due_date", "amount");
  final CopyTable dispute = new CopyTable("dispute", "id", "case_id", "creditor_id", "reason",
      "details", "status", "opened_by", "opened_at");
  final CopyTable proceeding = new CopyTable("judicial_proceeding", "id", "case_id",
      "creditor_id", "route", "forum", "court_name", "suggested_route", "opened_on", "opened_at",
      "opened_by");
  final CopyTable judicialStep = new CopyTable("judicial_step", "id", "proceeding_id", "case_id",
      "kind", "step_date", "note", "recorded_at", "recorded_by");
  final CopyTable ledgerTransaction = new CopyTable("ledger_transaction", "id", "kind",
      "creditor_id", "case_id", "source_type", "source_id", "value_date", "recorded_at",
      "recorded_by", "description");
  final CopyTable ledgerEntry = new CopyTable("ledger_entry", "transaction_id", "account", "side",
      "amount", "currency");
  final CopyTable payment = new CopyTable("payment", "id", "case_id", "creditor_id", "amount",
      "currency", "method", "value_date", "reference", "idempotency_key", "request_fingerprint",
      "held_on_posting", "recorded_by", "recorded_at", "ledger_transaction_id");
  final CopyTable feeBooking = new CopyTable("fee_booking", "payment_id", "case_id",
      "creditor_id", "stage", "value_date", "funds_held", "fee_base", "collected_after",
      "costs_recovered", "file_fee_charged", "currency", "ledger_transaction_id");
  final CopyTable feeBookingLine = new CopyTable("fee_booking_line", "payment_id", "position",
      "kind", "label", "base", "percent", "amount", "vat_percent", "vat");
  final CopyTable remittanceRun = new CopyTable("remittance_run", "id", "period_end",
      "creditor_id", "status", "prepared_by", "prepared_at", "approved_by", "approved_at");
  final CopyTable remittanceLine = new CopyTable("remittance_line", "id", "run_id",
      "creditor_id", "creditor_name", "iban", "bic", "payable", "uncleared", "held_for_debtors",
      "fees_netted", "amount", "currency", "ledger_transaction_id", "costs_netted", "payment_count",
      "late_count", "collected", "fees_kept", "costs_repaid");
  final CopyTable remittanceItem = new CopyTable("remittance_item", "line_id", "payment_id",
      "late");
  final CopyTable feeInvoice = new CopyTable("fee_invoice", "id", "number", "kind",
      "creditor_id", "creditor_name", "run_id", "issued_on", "service_from", "service_to",
      "total_excl_vat", "total_vat", "total_incl_vat", "settled_by_set_off", "amount_due",
      "due_on", "currency", "pdf_fr", "sha256_fr", "pdf_en", "sha256_en", "issued_at",
      "issued_by");
  final CopyTable feeInvoiceLine = new CopyTable("fee_invoice_line", "invoice_id", "position",
      "source_type", "source_id", "source_position", "fee_kind", "case_reference", "reference",
      "direct_payment", "service_date", "base", "percent", "quantity", "unit_price", "amount",
      "vat_percent", "vat", "credited_invoice_number");
  final CopyTable feeInvoiceSequence = new CopyTable("fee_invoice_sequence", "year",
      "last_number");
  final CopyTable audit = new CopyTable("audit_event", "occurred_at", "actor", "action",
      "entity_type", "entity_id", "before_state", "after_state", "previous_hash", "hash");

  private final List<CopyTable> inOrder = List.of(mandate, creditor, debtor, debtorAddress,
      debtorContact, caseFile, claim, caseEvent, activity, promise, plan, installment, dispute,
      proceeding, judicialStep, ledgerTransaction, ledgerEntry, payment, feeBooking,
      feeBookingLine, remittanceRun, remittanceLine, remittanceItem, feeInvoice, feeInvoiceLine,
      feeInvoiceSequence, audit);

  /** Sends every buffered row, parents first, in the connection's current transaction. */
  void flush(Connection connection) throws SQLException {
    for (CopyTable table : inOrder) {
      table.flush(connection);
    }
  }

  List<CopyTable> all() {
    return inOrder;
  }
}
