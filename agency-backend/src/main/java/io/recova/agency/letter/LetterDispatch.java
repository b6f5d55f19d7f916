package io.recova.agency.letter;

import io.recova.agency.activity.ActivityLog;
import io.recova.agency.activity.ActivityOutcome;
import io.recova.agency.activity.NewActivity;
import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseDetail;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseLifecycle;
import io.recova.agency.casefile.CasePortfolio;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.DocumentKind;
import io.recova.agency.casefile.DocumentView;
import io.recova.agency.casefile.LegalEventCommand;
import io.recova.agency.casefile.NewDocument;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.casefile.Stage;
import io.recova.agency.casefile.TransitionCommand;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sends letters: the contact guard rules first, the PDF is frozen on the case as evidence with its
 * SHA-256, the formal notice takes legal effect, and an e-mail leaves last, so a mail server that
 * refuses it leaves nothing behind. A postal letter waits for the next print batch.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class LetterDispatch {

  private static final String EMAIL_SHAPE = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CasePortfolio portfolio;
  @Inject CaseChanges changes;
  @Inject ActivityLog activities;
  @Inject CreditorClientService creditors;
  @Inject AgencyIdentity agency;
  @Inject LetterPrinter printer;
  @Inject LetterMail mail;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public LetterView send(UUID caseId, SendLetter command) {
    requireKindAndChannel(command);
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = requireStaff();
    if (f.stage().isClosed()) {
      throw new ConflictException("case.closed", "The case is closed: no letter goes out");
    }
    PostalAddress address = f.debtor().addresses().stream().findFirst().orElse(null);
    String recipient = recipient(command, f, address);
    LocalDate today = today();
    LetterContent content = compose(f, command.kind(), language(command, address),
        nextReference(today), today, caller);
    if (content.totals().due().amount().signum() <= 0) {
      throw new ConflictException("letter.nothing-due", "Nothing is due on this case");
    }
    activities.log(caseId, new NewActivity(command.channel().activity(), ActivityOutcome.SENT,
        label(command.kind()) + " " + content.reference(), false));
    byte[] pdf = print(content);
    String fileName = content.reference() + "-" + command.kind().name().toLowerCase(Locale.ROOT)
        .replace('_', '-') + ".pdf";
    DocumentView document = changes.addDocument(caseId, new NewDocument(
        command.kind() == LetterKind.FORMAL_NOTICE ? DocumentKind.FORMAL_NOTICE
            : DocumentKind.CORRESPONDENCE, fileName, "application/pdf", pdf));
    Letter letter = new Letter(UUID.randomUUID(), f.id(), f.creditorId(), content,
        command.channel(), recipient, document.id(), document.sha256(), clock.instant(),
        caller.username());
    em.persist(letter);
    em.flush();
    if (command.kind() == LetterKind.FORMAL_NOTICE) {
      takeEffect(f, content);
    }
    LetterView view = letter.view();
    audit.record(caller, "letter.sent", "Letter", letter.id(), null, view);
    if (command.channel() == LetterChannel.EMAIL) {
      mail.send(content, recipient, pdf, fileName);
    }
    return view;
  }

  /** The letter as it would go out today, not kept anywhere. */
  public byte[] preview(UUID caseId, LetterKind kind, String language) {
    if (kind == null) {
      throw new InvalidInputException(List.of(new FieldViolation("kind", "letterKind.required",
          "Say which letter: " + List.of(LetterKind.values()))));
    }
    CaseFile f = scope.load(caseId);
    Caller caller = requireStaff();
    PostalAddress address = f.debtor().addresses().stream().findFirst().orElse(null);
    LocalDate today = today();
    return print(compose(f, kind,
        language(new SendLetter(kind, LetterChannel.POST, language, null), address),
        "PREVIEW", today, caller));
  }

  /** The letters sent on a case, newest first; a creditor sees those of its own cases. */
  public List<LetterView> of(UUID caseId) {
    scope.load(caseId);
    return em.createQuery("select l from Letter l where l.caseId = :id order by l.sentAt desc",
            Letter.class)
        .setParameter("id", caseId)
        .getResultList().stream().map(Letter::view).toList();
  }

  /**
   * The printer refuses a letter that would lack a mention the law requires (agency contact,
   * trust account, privacy contact): that is the agency's set-up to fix, not a server fault.
   */
  private byte[] print(LetterContent content) {
    try {
      return printer.render(content);
    } catch (IllegalArgumentException incomplete) {
      throw new ConflictException("letter.incomplete",
          "This letter cannot go out without every mention the law requires: "
              + incomplete.getMessage());
    }
  }

  private LetterContent compose(CaseFile f, LetterKind kind, Locale language, String reference,
      LocalDate today, Caller caller) {
    CaseDetail detail = portfolio.get(f.id());
    Letter first = em.createQuery("select l from Letter l where l.caseId = :id"
            + " order by l.sentAt", Letter.class)
        .setParameter("id", f.id())
        .setMaxResults(1)
        .getResultStream().findFirst().orElse(null);
    LetterComposer.FirstLetter firstLetter = first == null ? null
        : new LetterComposer.FirstLetter(first.reference(),
            LocalDate.ofInstant(first.sentAt(), zone()));
    return LetterComposer.compose(
        new LetterComposer.Heading(kind, language, reference, today), agency,
        creditors.get(f.creditorId()), f.debtor().name(),
        f.debtor().addresses().stream().findFirst().orElse(null), agencyReference(f.id()),
        detail.claims(), portfolio.balance(f.id(), today), firstLetter, caller.displayName());
  }

  /**
   * The formal notice makes interest run where the law says so and opens the way to court; it
   * does not interrupt limitation (D9), which the case's limitation rules already know.
   */
  private void takeEffect(CaseFile f, LetterContent content) {
    String note = label(LetterKind.FORMAL_NOTICE) + " " + content.reference();
    if (CaseLifecycle.nextStages(f.stage(), f.suspendedFrom().orElse(null)).contains(Stage.FORMAL_NOTICE)) {
      changes.transition(f.id(), new TransitionCommand(Stage.FORMAL_NOTICE, note,
          content.date()));
    } else {
      changes.recordLegalEvent(f.id(), new LegalEventCommand(CaseEventKind.FORMAL_NOTICE,
          content.date(), note));
    }
  }

  /** The reference a debtor quotes with a payment: short, and unique across the agency. */
  static String agencyReference(UUID caseId) {
    String hex = caseId.toString().replace("-", "").toUpperCase(Locale.ROOT);
    return "RC-" + hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12);
  }

  private String nextReference(LocalDate today) {
    Number n = (Number) em.createNativeQuery("select nextval('letter_number_seq')")
        .getSingleResult();
    return String.format(Locale.ROOT, "LR-%d-%06d", today.getYear(), n.longValue());
  }

  private static String recipient(SendLetter command, CaseFile f, PostalAddress address) {
    if (command.channel() == LetterChannel.POST) {
      if (address == null) {
        throw new InvalidInputException(List.of(new FieldViolation("channel",
            "debtor.address.missing", "The debtor has no postal address: send an e-mail")));
      }
      return String.join(", ", LetterComposer.lines(address));
    }
    String to = command.email() != null && !command.email().isBlank() ? command.email().strip()
        : f.debtor().emails().stream().findFirst().orElse(null);
    if (to == null) {
      throw new InvalidInputException(List.of(new FieldViolation("email",
          "debtor.email.missing", "The debtor has no e-mail address: give one or send by post")));
    }
    if (!to.matches(EMAIL_SHAPE) || to.length() > 320) {
      throw new InvalidInputException(List.of(new FieldViolation("email", "email.invalid",
          "Not an e-mail address: " + to)));
    }
    return to;
  }

  private static Locale language(SendLetter command, PostalAddress address) {
    if (command.language() == null || command.language().isBlank()) {
      return LetterComposer.languageFor(address);
    }
    return switch (command.language().strip().toLowerCase(Locale.ROOT)) {
      case "fr" -> Locale.FRENCH;
      case "en" -> Locale.ENGLISH;
      default -> throw new InvalidInputException(List.of(new FieldViolation("language",
          "language.unsupported", "Letters are written in French (fr) or English (en)")));
    };
  }

  private static void requireKindAndChannel(SendLetter command) {
    if (command == null || command.kind() == null || command.channel() == null) {
      throw new InvalidInputException(List.of(new FieldViolation("kind", "letter.required",
          "Say which letter (kind: " + List.of(LetterKind.values()) + ") and how it goes"
              + " (channel: " + List.of(LetterChannel.values()) + ")")));
    }
  }

  private Caller requireStaff() {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff send letters");
    }
    return caller;
  }

  private static String label(LetterKind kind) {
    return switch (kind) {
      case FRIENDLY_REMINDER -> "Friendly reminder";
      case FIRM_REMINDER -> "Firm reminder";
      case FORMAL_NOTICE -> "Formal notice";
    };
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private ZoneId zone() {
    return clock.getZone();
  }
}
