package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A dossier valued at a date (DOMAIN D1–D3).
 *
 * @param interestComplete false when a reference rate is missing: interest then stops at {@code
 *     interestThrough} and a warning says which rate an admin must record
 * @param held what the debtor paid beyond the balance, held on the case and never lost
 * @param allocations each payment up to the as-of date and where it went, in the order applied
 *     (value date, then the order the dossier listed them)
 */
public record CaseBalance(
    LocalDate asOf,
    String currency,
    Money principal,
    Money interest,
    Money indemnity,
    Money costs,
    Money paid,
    Money due,
    Money held,
    boolean interestComplete,
    LocalDate interestThrough,
    List<String> warnings,
    List<ClaimBalance> claims,
    List<PaymentAllocation> allocations) {

  /** A balance without the per-payment detail (read models built by hand, e.g. in tests). */
  public CaseBalance(
      LocalDate asOf,
      String currency,
      Money principal,
      Money interest,
      Money indemnity,
      Money costs,
      Money paid,
      Money due,
      Money held,
      boolean interestComplete,
      LocalDate interestThrough,
      List<String> warnings,
      List<ClaimBalance> claims) {
    this(asOf, currency, principal, interest, indemnity, costs, paid, due, held, interestComplete,
        interestThrough, warnings, claims, List.of());
  }

  /** Where the given payment went; empty when it is not among this balance's payments. */
  public java.util.Optional<PaymentAllocation> allocationOf(ReceivedPayment payment) {
    return allocations.stream().filter(a -> a.payment() == payment).findFirst();
  }
}
