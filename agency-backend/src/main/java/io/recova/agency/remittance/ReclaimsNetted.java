package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Which reversed payments a remittance line's {@code reclaimedNetted} recovers, for its
 * statement. The ledger keeps one REMITTANCE_RECLAIMABLE balance per creditor, so the reclaims
 * are recovered oldest first: the earlier remittances' netting settled the first ones, this line
 * takes up where they stopped.
 */
public final class ReclaimsNetted {

  private ReclaimsNetted() {}

  /**
   * A payment reversed after its funds were remitted, with what the creditor owed back for it.
   *
   * @param reversedOn the day of the reversal
   */
  public record Reclaim(UUID paymentId, String caseReference, LocalDate valueDate, Money amount,
      LocalDate reversedOn, Money reclaimed) {

    public Reclaim {
      Objects.requireNonNull(paymentId, "paymentId");
      Objects.requireNonNull(reclaimed, "reclaimed");
    }
  }

  /**
   * One reclaim still open when the line was prepared.
   *
   * @param owedBefore what was still owed on it before this line
   * @param netted what this line recovers of it
   */
  public record Open(Reclaim reclaim, Money owedBefore, Money netted) {

    /** What remains owed on it after this line. */
    public Money owedAfter() {
      return owedBefore.minus(netted);
    }
  }

  /**
   * @param reclaims the creditor's reclaims, oldest first
   * @param nettedBefore what the creditor's earlier approved remittances netted of them
   * @param nettedNow what this line nets
   * @return the reclaims open at this line, each with what it nets of it
   */
  public static List<Open> allocate(List<Reclaim> reclaims, Money nettedBefore, Money nettedNow) {
    List<Open> open = new ArrayList<>();
    Money settled = nettedBefore;
    Money left = nettedNow;
    for (Reclaim r : reclaims) {
      Money owed = r.reclaimed();
      Money earlier = settled.compareTo(owed) >= 0 ? owed : settled;
      settled = settled.minus(earlier);
      owed = owed.minus(earlier);
      if (owed.isZero()) {
        continue;
      }
      Money netted = left.compareTo(owed) >= 0 ? owed : left;
      left = left.minus(netted);
      open.add(new Open(r, owed, netted));
    }
    return open;
  }
}
