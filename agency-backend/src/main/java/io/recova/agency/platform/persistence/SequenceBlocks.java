package io.recova.agency.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Ids one transaction takes from a PostgreSQL sequence in blocks rather than one round trip each:
 * the blocks double from one up to {@link #LARGEST_BLOCK}, so a transaction that needs one id
 * still takes one, and one that needs 4,000 (a file import) about a dozen round trips (issue 8).
 *
 * <p>Only for ids whose order must follow the order of writing when the transaction holds what
 * serialises those writes (a lock held until commit), or for rows no other transaction can see
 * yet: ids held by a transaction stay unused while other transactions take later ones. Ids left
 * over when the transaction ends are never used; they are gaps, like those a rollback leaves.
 * Not thread-safe: one instance per transaction.
 */
public final class SequenceBlocks {

  public static final int LARGEST_BLOCK = 1024;

  private final EntityManager em;
  private final String sequence;
  private final Deque<Long> free = new ArrayDeque<>();
  private int nextBlock = 1;

  /** @param sequence the sequence's name, a constant of the caller's (it is put in the SQL) */
  public SequenceBlocks(EntityManager em, String sequence) {
    if (!sequence.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a sequence name: " + sequence);
    }
    this.em = em;
    this.sequence = sequence;
  }

  /** The next id, taking a new block from the sequence when the last one is used up. */
  public long next() {
    if (free.isEmpty()) {
      List<?> block = em.createNativeQuery("select nextval('" + sequence + "')"
              + " from generate_series(1, ?)")
          .setParameter(1, nextBlock)
          .getResultList();
      block.stream().map(v -> ((Number) v).longValue()).sorted().forEach(free::addLast);
      if (free.size() != nextBlock) {
        throw new IllegalStateException("Asked " + sequence + " for " + nextBlock
            + " values, got " + free.size());
      }
      nextBlock = Math.min(LARGEST_BLOCK, nextBlock * 2);
    }
    return free.removeFirst();
  }
}
