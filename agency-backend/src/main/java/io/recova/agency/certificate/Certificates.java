package io.recova.agency.certificate;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseTimeline;
import io.recova.agency.casefile.Claim;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.fee.FeeAssessment;
import io.recova.agency.fee.FeeCalculator;
import io.recova.agency.fee.VatRates;
import io.recova.agency.judicial.JudicialProceeding;
import io.recova.agency.judicial.JudicialStep;
import io.recova.agency.ledger.LedgerSource;
import io.recova.agency.ledger.TrustLedger;
import io.recova.agency.mandate.CreditorClient;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.payment.CasePayments;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Sha256;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import io.recova.agency.valuation.ReceivedPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Irrecoverability certificates: issued when a manager approves closing a case as irrecoverable,
 * numbered without gaps per year, frozen as a PDF with its SHA-256, the mandate's certificate fee
 * charged to the creditor through the trust ledger; listed and downloaded within the caller's
 * scope; cancelled and replaced by a manager, the old one kept and marked.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class Certificates {

  private static final Logger LOG = Logger.getLogger(Certificates.class.getName());

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject CaseTimeline timeline;
  @Inject CasePayments payments;
  @Inject VatRates vatRates;
  @Inject TrustLedger ledger;
  @Inject AgencyIdentity agency;
  @Inject CertificatePrinter printer;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A certificate's PDF, as issued. */
  public record Pdf(String fileName, byte[] content, boolean cancelled) {}

  /** Why a manager cancels a certificate; {@code language} of the replacement, optional. */
  public record Replacement(String reason, String language) {}

  /**
   * Issues the certificate of a case just closed as irrecoverable and charges the mandate's
   * certificate fee, in the caller's transaction: if anything fails, no number is used.
   *
   * @param f the case, loaded and locked by the caller
   * @param language {@code fr} or {@code en}; French when null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public CertificateView issue(CaseFile f, UUID writeOffId, IrrecoverabilityReason reason,
      String note, String language, Caller actor) {
    Certificate issued = write(f, writeOffId, reason, note, language, actor, null);
    CreditorClient creditor = em.find(CreditorClient.class, f.creditorId());
    FeeAssessment fee = FeeCalculator.assessCertificate(creditor.mandate().feeSchedule(),
        vatRates.table(), LocalDate.now(clock));
    CertificateFeeMovement.of(fee, f.creditorId(), LocalDate.now(clock),
            "Certificate fee " + issued.number() + " (" + f.externalReference() + ")")
        .ifPresent(m -> ledger.post(m, new LedgerSource("Certificate", issued.id()), f.id(),
            actor));
    CertificateView view = issued.view(f.externalReference(), null);
    audit.record(actor, "certificate.issued", "Certificate", issued.id(), null,
        new IssuedAudit(view, fee.chargedToCreditor()));
    return view;
  }

  /** What the audit trail keeps of an issue: the certificate and the fee charged for it. */
  public record IssuedAudit(CertificateView certificate, Money feeCharged) {}

  /**
   * Cancels a certificate and issues its replacement from the case as it stands, naming each
   * other; a manager only. The replacement corrects the agency's document, so no second fee.
   *
   * @throws ConflictException when the certificate is already cancelled
   */
  public CertificateView replace(UUID id, Replacement command) {
    Caller caller = currentCaller.get();
    Certificate old = visible(id, caller);
    if (caller.isCreditorScoped() || !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only a manager cancels and replaces a certificate");
    }
    String why = command == null || command.reason() == null ? "" : command.reason().strip();
    if (why.isEmpty() || why.length() > 1000) {
      throw new InvalidInputException(List.of(new FieldViolation("reason", "reason.required",
          "Say why the certificate is cancelled, in at most 1000 characters")));
    }
    CaseFile f = em.find(CaseFile.class, old.caseId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(old);
    if (old.isCancelled()) {
      throw new ConflictException("certificate.cancelled",
          "The certificate " + old.number() + " is already cancelled");
    }
    CertificateView before = old.view(f.externalReference(), numberOf(old.replacesId()));
    String language = command.language() == null ? old.language() : command.language();
    Certificate replacement = write(f, old.writeOffId(), old.reason(), old.reasonNote(),
        language, caller, old);
    old.cancel(caller.username(), clock.instant(), why, replacement.number());
    em.flush();
    timeline.record(f.id(), caller, CaseEventKind.CERTIFICATE_CANCELLED, old.number()
        + " · replaced by " + replacement.number() + " — " + why);
    audit.record(caller, "certificate.cancelled", "Certificate", old.id(), before,
        old.view(f.externalReference(), numberOf(old.replacesId())));
    CertificateView view = replacement.view(f.externalReference(), old.number());
    audit.record(caller, "certificate.issued", "Certificate", replacement.id(), null, view);
    return view;
  }

  /**
   * The certificates the caller may see, newest first: a creditor's user sees its own only. Read
   * as entities, which leaves each PDF unread (a lazy column), then with their cases' references
   * in one query.
   */
  public List<CertificateView> list() {
    Caller caller = currentCaller.get();
    String jpql = "select c from Certificate c";
    UUID creditor = null;
    if (caller.isCreditorScoped()) {
      // An unbound client account sees nothing rather than everything.
      creditor = caller.creditorId().orElse(new UUID(0, 0));
      jpql += " where c.creditorId = :creditor";
    } else if (!caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff and creditors read certificates");
    }
    var query = em.createQuery(jpql + " order by c.issuedAt desc, c.number desc",
        Certificate.class);
    if (creditor != null) {
      query.setParameter("creditor", creditor);
    }
    List<Certificate> certificates = query.getResultList();
    if (certificates.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> references = new HashMap<>();
    em.createQuery("select f.id, f.externalReference from CaseFile f where f.id in :ids",
            Object[].class)
        .setParameter("ids", certificates.stream().map(Certificate::caseId).distinct().toList())
        .getResultStream().forEach(r -> references.put((UUID) r[0], (String) r[1]));
    // A replacement is its creditor's like the certificate it replaces: in the same list.
    Map<UUID, String> numbers = certificates.stream()
        .collect(Collectors.toMap(Certificate::id, Certificate::number));
    return certificates.stream().map(c -> c.view(references.get(c.caseId()),
        c.replacesId().map(numbers::get).orElseGet(() -> numberOf(c.replacesId())))).toList();
  }

  /** The PDF as issued; another creditor's is "not found", and the attempt is audited. */
  public Pdf pdf(UUID id) {
    Certificate c = visible(id, currentCaller.get());
    return new Pdf(c.number() + ".pdf", c.pdf(), c.isCancelled());
  }

  private Certificate write(CaseFile f, UUID writeOffId, IrrecoverabilityReason reason,
      String note, String language, Caller actor, Certificate replaced) {
    String lang = language == null || language.isBlank() ? "fr"
        : language.strip().toLowerCase(Locale.ROOT);
    if (!lang.equals("fr") && !lang.equals("en")) {
      throw new InvalidInputException(List.of(new FieldViolation("language", "language.invalid",
          "A certificate is written in French (fr) or English (en)")));
    }
    LocalDate today = LocalDate.now(clock);
    CertificateNumber number = allocate(today.getYear());
    CertificateContent content = compose(f, number, today, lang, reason, note,
        replaced == null ? null : replaced.number());
    byte[] pdf = printer.render(content);
    Instant now = clock.instant();
    Certificate c = new Certificate(UUID.randomUUID(), content, f.id(), f.creditorId(),
        writeOffId, pdf, Sha256.hex(pdf), now, actor.username(),
        replaced == null ? null : replaced.id());
    em.persist(c);
    em.flush();
    timeline.record(f.id(), actor, CaseEventKind.CERTIFICATE_ISSUED, number + " · " + reason
        + " · " + content.amounts().unpaidInclVat() + " unpaid"
        + (replaced == null ? "" : " · replaces " + replaced.number()));
    return c;
  }

  /**
   * The next number of the year. The upsert locks the year's row until the transaction ends:
   * concurrent issues wait for each other, and a rollback gives the number back, so there is
   * never a gap.
   */
  CertificateNumber allocate(int year) {
    Number next = (Number) em.createNativeQuery("insert into certificate_sequence"
            + " (year, last_number) values (?, 1) on conflict (year) do update"
            + " set last_number = certificate_sequence.last_number + 1 returning last_number")
        .setParameter(1, year)
        .getSingleResult();
    return new CertificateNumber(year, next.intValue());
  }

  private CertificateContent compose(CaseFile f, CertificateNumber number, LocalDate today,
      String language, IrrecoverabilityReason reason, String note, String replaces) {
    List<InvoiceAmounts> invoices = f.claims().stream()
        .sorted(Comparator.comparingInt(Claim::position))
        .map(c -> InvoiceAmounts.of(c.invoiceNumber(), c.invoiceDate(), c.principal(),
            c.vatPercent().orElse(null)))
        .toList();
    Money recovered = payments.of(f.id()).stream().map(ReceivedPayment::amount)
        .reduce(Money.zero(f.currency()), Money::plus);
    CreditorClientView creditor = em.find(CreditorClient.class, f.creditorId()).view();
    return new CertificateContent(number.toString(), today, language, replaces, agency,
        creditor.name(), creditor.registrationNumber(), creditor.address(), f.debtor().name(),
        f.debtor().registrationNumber().orElse(null), address(f.debtor().addresses()),
        f.externalReference(), CertificateAmounts.of(invoices, recovered), reason, note,
        steps(f));
  }

  /** What was done to recover: the formal notice, each proceeding and its steps, by date. */
  private List<CertificateStep> steps(CaseFile f) {
    List<CertificateStep> steps = new ArrayList<>();
    f.formalNoticeDate().ifPresent(d -> steps.add(new CertificateStep(d, "FORMAL_NOTICE", null)));
    em.createQuery("select p from JudicialProceeding p where p.caseId = :id",
            JudicialProceeding.class)
        .setParameter("id", f.id()).getResultStream()
        .forEach(p -> steps.add(new CertificateStep(p.openedOn(), "PROCEEDING:" + p.route(),
            Stream.of(p.courtName(), p.commissaire(), p.lawyer()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", ")))));
    em.createQuery("select s from JudicialStep s where s.caseId = :id", JudicialStep.class)
        .setParameter("id", f.id()).getResultStream()
        .forEach(s -> steps.add(new CertificateStep(s.date(), s.kind().name(), null)));
    steps.sort(Comparator.comparing(CertificateStep::date));
    return steps;
  }

  private static String address(List<PostalAddress> addresses) {
    if (addresses.isEmpty()) {
      return null;
    }
    PostalAddress a = addresses.get(addresses.size() - 1);
    return Stream.of(a.line1(), a.line2(), (a.postalCode() + " " + a.city()).strip(),
            a.countryCode() == null || "FR".equals(a.countryCode()) ? null : a.countryCode())
        .filter(Objects::nonNull).filter(s -> !s.isBlank())
        .collect(Collectors.joining("\n"));
  }

  private String numberOf(java.util.Optional<UUID> certificateId) {
    return certificateId.map(id -> em.find(Certificate.class, id)).map(Certificate::number)
        .orElse(null);
  }

  /** Loads a certificate the caller may see; another creditor's is "not found", audited. */
  private Certificate visible(UUID id, Caller caller) {
    Certificate c = em.find(Certificate.class, id);
    if (c == null || !caller.canSeeCreditor(c.creditorId())) {
      if (c != null) {
        LOG.warning(() -> caller + " asked for certificate " + id + " outside its scope");
        audit.record(caller, "certificate.access-refused", "Certificate", id, null, null);
      }
      throw new NotFoundException("Certificate", id);
    }
    return c;
  }
}
