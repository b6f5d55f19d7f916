package io.recova.agency.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Ids in blocks: one round trip per block, blocks doubling up to a cap, ids in sequence order. */
class SequenceBlocksTest {

  /** A sequence as PostgreSQL's: each statement's values follow the last one handed out. */
  private static final class FakeSequence {
    final List<String> statements = new ArrayList<>();
    final List<Integer> blocks = new ArrayList<>();
    long last = 100;
    boolean shortBlock;

    EntityManager entityManager() {
      return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
            if (!method.getName().equals("createNativeQuery")) {
              throw new UnsupportedOperationException(method.getName());
            }
            statements.add((String) args[0]);
            return query();
          });
    }

    private Query query() {
      int[] n = new int[1];
      return (Query) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {Query.class}, (proxy, method, args) -> switch (method.getName()) {
            case "setParameter" -> {
              n[0] = (Integer) args[1];
              yield proxy;
            }
            case "getResultList" -> {
              blocks.add(n[0]);
              int size = shortBlock ? n[0] - 1 : n[0];
              List<Long> values = new ArrayList<>(
                  LongStream.rangeClosed(last + 1, last + size).boxed().toList());
              last += size;
              // PostgreSQL does not promise the rows' order: the block sorts them.
              java.util.Collections.reverse(values);
              yield values;
            }
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }
  }

  @Test
  void oneIdCostsOneValueOfTheSequence() {
    FakeSequence sequence = new FakeSequence();
    SequenceBlocks ids = new SequenceBlocks(sequence.entityManager(), "audit_event_id_seq");

    assertThat(ids.next()).isEqualTo(101);
    assertThat(sequence.blocks).containsExactly(1);
    assertThat(sequence.statements).containsExactly(
        "select nextval('audit_event_id_seq') from generate_series(1, ?)");
  }

  @Test
  void blocksDoubleAndIdsComeInSequenceOrder() {
    FakeSequence sequence = new FakeSequence();
    SequenceBlocks ids = new SequenceBlocks(sequence.entityManager(), "case_event_id_seq");

    List<Long> taken = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      taken.add(ids.next());
    }

    assertThat(taken).isEqualTo(LongStream.rangeClosed(101, 4100).boxed().toList());
    assertThat(sequence.blocks).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024,
        1024, 1024);
  }

  @Test
  void aBlockShorterThanAskedIsRefused() {
    FakeSequence sequence = new FakeSequence();
    sequence.shortBlock = true;
    SequenceBlocks ids = new SequenceBlocks(sequence.entityManager(), "audit_event_id_seq");

    assertThatThrownBy(ids::next).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("audit_event_id_seq");
  }

  @Test
  void onlyASequenceNameIsPutInTheStatement() {
    FakeSequence sequence = new FakeSequence();

    assertThatThrownBy(() -> new SequenceBlocks(sequence.entityManager(), "x'); drop table y; --"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
