package io.recova.agency.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a service reads thousands of rows it only shows or adds up, in a transaction that writes
 * (a remittance run reads every open payment of every creditor: issue 8).
 */
public final class BulkReads {

  /**
   * EclipseLink's read-only query hint ({@code QueryHints.READ_ONLY}): the entities read are not
   * registered in the transaction's unit of work. Registered, each later flush, and in the
   * default flush mode each later query, compared every one of them for changes: a run's cost
   * grew with the square of its payments. Such a query reads through the session, not the
   * transaction's connection: it sees what is committed, not what the transaction wrote. Only for
   * rows earlier transactions wrote and nobody changes.
   */
  public static final String READ_ONLY = "eclipselink.read-only";

  /**
   * At most this many values per {@code in} list: PostgreSQL's protocol carries at most 65,535
   * bind parameters per statement, and the largest creditor's payments in a month can exceed it.
   */
  public static final int CHUNK = 10_000;

  private BulkReads() {}

  /**
   * UUIDs as one PostgreSQL array parameter ({@code cast(? as uuid[])}): one bind value however
   * many rows are asked for, where an {@code in} list is capped at 65,535.
   */
  public static String uuidArray(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }

  /** The values in slices of at most {@link #CHUNK}, in their order; none for none. */
  public static <T> List<List<T>> chunks(Collection<T> values) {
    List<T> all = List.copyOf(values);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }
}
