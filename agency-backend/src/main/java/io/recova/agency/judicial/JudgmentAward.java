package io.recova.agency.judicial;

import java.math.BigDecimal;

/**
 * What a judgment awards the creditor, in the case's currency; each part optional. The costs
 * (dépens) and the article 700 indemnity are added to what the debtor owes from the judgment's
 * date; the principal and the interest are kept as the court fixed them, for the record and for
 * the certificate, while the balance keeps counting from the claims.
 */
public record JudgmentAward(BigDecimal principal, BigDecimal interest, BigDecimal costs,
    BigDecimal article700) {

  boolean isEmpty() {
    return principal == null && interest == null && costs == null && article700 == null;
  }
}
