package io.recova.agency.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:15:30.123456Z");

  /** Three events chained as the trail records them. */
  private static List<AuditChain.Link> chain() {
    List<AuditChain.Link> links = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    String[][] contents = {
      {"manager", "creditor-client.registered", "{\"name\":\"Épi d'Or\"}"},
      {"martin", "creditor-client.access-refused", null},
      {"manager", "creditor-client.registered", "{\"name\":\"Dupont 🙂\"}"}
    };
    for (int i = 0; i < contents.length; i++) {
      Instant at = T0.plusSeconds(i);
      String hash =
          AuditChain.hash(previous, at, contents[i][0], contents[i][1], "CreditorClient", "c" + i,
              null, contents[i][2]);
      links.add(new AuditChain.Link(i + 1, previous, at, contents[i][0], contents[i][1],
          "CreditorClient", "c" + i, null, contents[i][2], hash));
      previous = hash;
    }
    return links;
  }

  @Test
  void anUntouchedChainVerifies() {
    AuditChain.Verification result = AuditChain.verify(chain());

    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(3);
    assertThat(result.firstBrokenEventId()).isNull();
  }

  @Test
  void aChangedEventIsFound() {
    List<AuditChain.Link> links = chain();
    AuditChain.Link original = links.get(1);
    links.set(1, new AuditChain.Link(original.id(), original.previousHash(), original.occurredAt(),
        "someone-else", original.action(), original.entityType(), original.entityId(),
        original.before(), original.after(), original.hash()));

    AuditChain.Verification result = AuditChain.verify(links);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenEventId()).isEqualTo(2);
    assertThat(result.reason()).contains("changed");
  }

  @Test
  void aRemovedEventIsFoundAtTheNextOne() {
    List<AuditChain.Link> links = chain();
    links.remove(1);

    AuditChain.Verification result = AuditChain.verify(links);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenEventId()).isEqualTo(3);
    assertThat(result.checked()).isEqualTo(1);
  }

  @Test
  void aRecomputedHashDoesNotHideAChangeFromTheNextEvent() {
    List<AuditChain.Link> links = chain();
    AuditChain.Link o = links.get(0);
    String forged = AuditChain.hash(o.previousHash(), o.occurredAt(), "intruder", o.action(),
        o.entityType(), o.entityId(), o.before(), o.after());
    links.set(0, new AuditChain.Link(o.id(), o.previousHash(), o.occurredAt(), "intruder",
        o.action(), o.entityType(), o.entityId(), o.before(), o.after(), forged));

    assertThat(AuditChain.verify(links).firstBrokenEventId()).isEqualTo(2);
  }

  @Test
  void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
    String a = AuditChain.hash(AuditChain.GENESIS, T0, "ab", "c", "T", "1", null, null);
    String b = AuditChain.hash(AuditChain.GENESIS, T0, "a", "bc", "T", "1", null, null);
    String nullVsEmpty = AuditChain.hash(AuditChain.GENESIS, T0, "a", "b", "T", "1", "", null);
    String nullBefore = AuditChain.hash(AuditChain.GENESIS, T0, "a", "b", "T", "1", null, null);

    assertThat(a).isNotEqualTo(b);
    assertThat(nullVsEmpty).isNotEqualTo(nullBefore);
    assertThat(a).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void timeIsKeptToTheMicrosecondAsPostgresqlStoresIt() {
    Instant withNanos = Instant.parse("2026-11-23T09:15:30.123456789Z");
    assertThat(AuditChain.truncate(withNanos)).isEqualTo(T0);
  }
}
