package io.recova.agency.judicial;

/** The roads to a title, and from a title to the money (DOMAIN.md R4.1 to R4.7). */
public enum JudicialRoute {
  /** Injonction de payer (CPC 1405 ff.): a fixed contractual or statutory amount, no cap. */
  PAYMENT_ORDER(false),
  /** Procédure simplifiée de recouvrement des petites créances (L125-1): up to 5,000 EUR. */
  SMALL_CLAIMS(false),
  /** Référé-provision (CPC 835, 873): an interim payment of a debt not seriously contestable. */
  SUMMARY_INTERIM_PAYMENT(false),
  /** Assignation au fond: the merits, for a contested claim. */
  SUMMONS(false),
  /** Saisie-attribution (L211-1, R211-1 ff.): a bank account attached under a title. */
  BANK_ATTACHMENT(true),
  /** Saisie conservatoire (L511-1): assets frozen before a title, with a judge's leave. */
  PROTECTIVE_ATTACHMENT(false);

  private final boolean enforcement;

  JudicialRoute(boolean enforcement) {
    this.enforcement = enforcement;
  }

  /** Whether the route executes a title already held (the case's ENFORCEMENT stage). */
  public boolean enforcement() {
    return enforcement;
  }
}
