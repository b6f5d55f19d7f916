package io.recova.agency.invoice;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.fee.VatRateTable;
import io.recova.agency.fee.VatRates;
import io.recova.agency.ledger.AccountBalance;
import io.recova.agency.ledger.LedgerAccount;
import io.recova.agency.ledger.TrustLedger;
import io.recova.agency.mandate.CreditorClient;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.organisation.AgencyRegistration;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.remittance.RemittanceApproved;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The agency's fee invoices: one per creditor and approved remittance run, issued in the
 * approval's transaction, covering what {@link InvoiceableFees} finds not yet invoiced, numbered
 * without gaps per year, frozen as PDFs with their SHA-256 and audited; listed and downloaded
 * within the caller's scope (a creditor's user sees its own; another creditor's invoice is "not
 * found", and the attempt is audited).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class FeeInvoices {

  private static final Logger LOG = Logger.getLogger(FeeInvoices.class.getName());
  private static final Currency EUR = Currency.getInstance("EUR");

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject InvoiceableFees invoiceable;
  @Inject VatRates vatRates;
  @Inject TrustLedger ledger;
  @Inject AgencyIdentity agency;
  @Inject AgencyRegistration registration;
  @Inject FeeInvoicePrinter printer;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  /** A fee invoice's PDF as issued, in the language chosen. */
  public record Pdf(String fileName, Locale language, byte[] content, String sha256) {}

  /**
   * Issues the fee invoice of each creditor of a run just approved, in the approval's
   * transaction; a creditor with nothing to invoice gets none. The numbers are allocated and the
   * contents composed here, in order; the PDFs, pure functions of those contents, are then
   * rendered in parallel (both languages of every invoice), which was most of the approval's time
   * (issue 8); the invoices are written once all are rendered. A rendering that fails fails the
   * approval, so its transaction rolls back with every number allocated.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void onApproved(@Observes RemittanceApproved approved) {
    VatRateTable rates = vatRates.table();
    List<UUID> creditorIds = approved.lines().stream()
        .map(RemittanceApproved.Line::creditorId).toList();
    Map<UUID, List<InvoiceLine>> invoiceableOf = invoiceable.of(creditorIds, rates);
    Map<UUID, Money> receivable = stillReceivable(creditorIds);
    List<Composed> composed = new ArrayList<>();
    for (UUID creditorId : creditorIds) {
      compose(approved, creditorId, invoiceableOf.get(creditorId), receivable.get(creditorId),
          composed.isEmpty() ? null : composed.get(composed.size() - 1).number())
          .ifPresent(composed::add);
    }
    // No database and no transaction needed to render: the executor's threads help.
    List<FeeInvoice.Pdf> pdfs = new InvoiceRendering(printer, executor,
        Runtime.getRuntime().availableProcessors())
        .renderAll(composed.stream().map(Composed::content).toList());
    for (int i = 0; i < composed.size(); i++) {
      write(approved, composed.get(i), pdfs.get(2 * i), pdfs.get(2 * i + 1));
    }
  }

  /** An invoice numbered and composed, to render then write. */
  private record Composed(UUID creditorId, InvoiceNumber number, FeeInvoiceContent content) {}

  private Optional<Composed> compose(RemittanceApproved run, UUID creditorId,
      List<InvoiceLine> invoiceable, Money stillReceivable, InvoiceNumber allocatedBefore) {
    List<InvoiceLine> lines = invoiceable.stream().filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    CreditorClientView creditor = em.find(CreditorClient.class, creditorId).view();
    LocalDate today = LocalDate.now(clock);
    InvoiceNumber number = allocate(today.getYear(), allocatedBefore);
    return Optional.of(new Composed(creditorId, number, FeeInvoiceContent.compose(number, today, agency,
        registration, creditor.name(), creditor.registrationNumber(), creditor.address(), null,
        run.periodEnd(), run.approvedOn(), lines, stillReceivable)));
  }

  private FeeInvoiceView write(RemittanceApproved run, Composed composed, FeeInvoice.Pdf french,
      FeeInvoice.Pdf english) {
    FeeInvoice invoice = new FeeInvoice(UUID.randomUUID(), composed.content(),
        composed.creditorId(), run.runId(), french, english, clock.instant(),
        run.actor().username());
    em.persist(invoice);
    em.flush();
    FeeInvoiceLineRows.write(em, invoice.id(), composed.content().lines());
    FeeInvoiceView view = invoice.view();
    audit.record(run.actor(), "invoice.issued", "FeeInvoice", invoice.id(), null, view);
    return view;
  }

  /** What each creditor still owes the agency once the remittance is in the ledger. */
  private Map<UUID, Money> stillReceivable(List<UUID> creditorIds) {
    Map<UUID, List<AccountBalance>> balances = ledger.balancesOf(creditorIds);
    Map<UUID, Money> owed = new HashMap<>();
    for (UUID creditorId : creditorIds) {
      owed.put(creditorId, balances.getOrDefault(creditorId, List.of()).stream()
          .filter(b -> b.account() == LedgerAccount.FEES_RECEIVABLE
              && EUR.getCurrencyCode().equals(b.currency()))
          .map(AccountBalance::balance).reduce(Money.zero(EUR), Money::plus));
    }
    return owed;
  }

  /**
   * The next number of the year. The upsert locks the year's row until the transaction ends:
   * concurrent issues wait for each other, and a rollback gives the number back, so there is
   * never a gap. Invoices and credit notes share the sequence, so one series proves that no
   * document is missing (CGI 242 nonies A I 7°).
   *
   * @param allocatedBefore the number this transaction allocated last and has not written yet
   *     (its invoice waits for its PDFs), or null: the counter must follow it
   * @throws IllegalStateException when the counter does not follow the last invoice issued (a
   *     counter or an invoice changed outside Recova): no invoice is issued with a gap
   */
  InvoiceNumber allocate(int year, InvoiceNumber allocatedBefore) {
    Number counter = (Number) em.createNativeQuery("insert into fee_invoice_sequence"
            + " (year, last_number) values (?, 1) on conflict (year) do update"
            + " set last_number = fee_invoice_sequence.last_number + 1 returning last_number")
        .setParameter(1, year)
        .getSingleResult();
    InvoiceNumber allocated = new InvoiceNumber(year, counter.intValue());
    Optional<InvoiceNumber> last = allocatedBefore != null ? Optional.of(allocatedBefore)
        : lastIssued();
    InvoiceNumber expected = last.map(n -> n.next(year)).orElse(new InvoiceNumber(year, 1));
    if (!allocated.equals(expected)) {
      throw new IllegalStateException("The invoice counter gives " + allocated + " but "
          + last.map(n -> "the last invoice issued is " + n).orElse("no invoice was issued")
          + ": numbering would not be continuous");
    }
    return allocated;
  }

  /** The highest number issued, by year then sequence (this transaction's included). */
  private Optional<InvoiceNumber> lastIssued() {
    return em.createNativeQuery("select number from fee_invoice"
            + " order by cast(substring(number from 4 for 4) as int) desc,"
            + " cast(substring(number from 9) as int) desc limit 1")
        .getResultStream().findFirst().map(n -> InvoiceNumber.parse(n.toString()));
  }

  /**
   * The invoices the caller may see, newest first, optionally of one creditor, one year or one
   * run. A creditor's user sees its own creditor's only, whatever it asks for.
   */
  public List<FeeInvoiceView> list(UUID creditorId, Integer year, UUID runId) {
    Caller caller = currentCaller.get();
    UUID creditor = creditorId;
    if (caller.isCreditorScoped()) {
      // An unbound client account sees nothing rather than everything.
      UUID own = caller.creditorId().orElse(new UUID(0, 0));
      if (creditor != null && !creditor.equals(own)) {
        return List.of();
      }
      creditor = own;
    } else if (!caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff and creditors read fee invoices");
    }
    StringBuilder jpql = new StringBuilder("select i from FeeInvoice i where 1 = 1");
    List<Object[]> parameters = new ArrayList<>();
    if (creditor != null) {
      jpql.append(" and i.creditorId = :creditor");
      parameters.add(new Object[] {"creditor", creditor});
    }
    if (year != null) {
      jpql.append(" and i.issuedOn >= :from and i.issuedOn < :to");
      parameters.add(new Object[] {"from", LocalDate.of(year, 1, 1)});
      parameters.add(new Object[] {"to", LocalDate.of(year + 1, 1, 1)});
    }
    if (runId != null) {
      jpql.append(" and i.runId = :run");
      parameters.add(new Object[] {"run", runId});
    }
    TypedQuery<FeeInvoice> query = em.createQuery(
        jpql + " order by i.issuedAt desc, i.number desc", FeeInvoice.class);
    parameters.forEach(p -> query.setParameter((String) p[0], p[1]));
    return query.getResultStream().map(FeeInvoice::view).toList();
  }

  /** One invoice; another creditor's is "not found", and the attempt is audited. */
  public FeeInvoiceView get(UUID id) {
    return visible(id, currentCaller.get()).view();
  }

  /** The PDF as issued, English for an English reader, the French original otherwise. */
  public Pdf pdf(UUID id, Locale language) {
    FeeInvoice invoice = visible(id, currentCaller.get());
    FeeInvoice.Pdf pdf = invoice.pdf(language);
    Locale chosen = language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH
        : Locale.FRENCH;
    return new Pdf(invoice.number() + ".pdf", chosen, pdf.content(), pdf.sha256());
  }

  private FeeInvoice visible(UUID id, Caller caller) {
    FeeInvoice invoice = em.find(FeeInvoice.class, id);
    if (invoice == null || !caller.canSeeCreditor(invoice.creditorId())) {
      if (invoice != null) {
        LOG.warning(() -> caller + " asked for fee invoice " + id + " outside its scope");
        audit.record(caller, "invoice.access-refused", "FeeInvoice", id, null, null);
      }
      throw new NotFoundException("Fee invoice", id);
    }
    return invoice;
  }
}
