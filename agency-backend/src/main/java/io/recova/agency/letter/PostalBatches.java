package io.recova.agency.letter;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Sha256;
import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Gathers the postal letters awaiting print into one PDF, each letter exactly as it was frozen
 * when sent. A letter goes into one batch only, even when two people ask at the same moment.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class PostalBatches {

  /** Enough for a day's post of a large agency, small enough for one print job. */
  static final int MAX_LETTERS = 500;

  /** Serialises batch creation across application instances ("POST" in ASCII). */
  private static final long LOCK_KEY = 0x504F5354L;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject LetterPrinter printer;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public PostalBatchView create() {
    Caller caller = requireStaff();
    em.createNativeQuery("select pg_advisory_xact_lock(?)").setParameter(1, LOCK_KEY)
        .getSingleResult();
    List<Letter> waiting = em.createQuery("select l from Letter l where l.channel = :post"
            + " and l.postalBatchId is null order by l.sentAt, l.reference", Letter.class)
        .setParameter("post", LetterChannel.POST)
        .setMaxResults(MAX_LETTERS)
        .getResultList();
    if (waiting.isEmpty()) {
      throw new ConflictException("postal-batch.empty", "No postal letter is waiting to be printed");
    }
    List<byte[]> pdfs = new ArrayList<>();
    for (Letter letter : waiting) {
      pdfs.add((byte[]) em.createNativeQuery(
              "select content from case_document_content where document_id = ?")
          .setParameter(1, letter.documentId())
          .getSingleResult());
    }
    byte[] bundle = printer.bundle(pdfs);
    PostalBatch batch = new PostalBatch(UUID.randomUUID(), clock.instant(), caller.username(),
        waiting.size(), Sha256.hex(bundle), bundle);
    em.persist(batch);
    em.flush();
    waiting.forEach(l -> l.fileInto(batch.id()));
    PostalBatchView view = batch.view(waiting.stream().map(Letter::reference).toList());
    audit.record(caller, "postal-batch.created", "PostalBatch", batch.id(), null, view);
    return view;
  }

  /** The batches, newest first. */
  public List<PostalBatchView> list() {
    requireStaff();
    return em.createQuery("select b from PostalBatch b order by b.createdAt desc",
            PostalBatch.class)
        .setMaxResults(200)
        .getResultList().stream().map(b -> b.view(references(b.id()))).toList();
  }

  /** The letters waiting for the next batch. */
  public long waiting() {
    requireStaff();
    return em.createQuery("select count(l) from Letter l where l.channel = :post"
            + " and l.postalBatchId is null", Long.class)
        .setParameter("post", LetterChannel.POST)
        .getSingleResult();
  }

  public byte[] pdf(UUID id) {
    requireStaff();
    PostalBatch batch = em.find(PostalBatch.class, id);
    if (batch == null) {
      throw new NotFoundException("Postal batch", id);
    }
    return batch.content();
  }

  private List<String> references(UUID batch) {
    return em.createQuery("select l.reference from Letter l where l.postalBatchId = :b"
            + " order by l.sentAt, l.reference", String.class)
        .setParameter("b", batch)
        .getResultList();
  }

  private Caller requireStaff() {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff print letters");
    }
    return caller;
  }
}
