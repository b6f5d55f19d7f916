package io.recova.agency.cost;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a cost splits as it does, with its source: the reasons {@link CostAllocation} gives. The
 * text is English, stored with the cost; the constant names the reason for a translated screen.
 */
public enum CostReason {
  PROPORTIONAL_FEE("The proportional fee is the creditor's by the tariff (A444-32)"),
  LAWYER_WITHOUT_AWARD(
      "A lawyer's fee is not part of the dépens; no article 700 award covers it"),
  LAWYER_WITHIN_AWARD("The debtor bears the lawyer's fee up to the article 700 award (CPC 700)"),
  DEPENS_ON_DEBTOR("The judgment puts the dépens on the debtor (CPC 696)"),
  ENFORCEMENT_UNDER_TITLE("Enforcement under a title is at the debtor's expense (L111-8 al. 1)"),
  NO_TITLE("Without a title putting it on the debtor, the cost stays with the creditor"
      + " (L111-8 al. 1)"),
  COLLECTION_WITHOUT_TITLE(
      "Collection costs without a title stay with the creditor (L111-8 al. 1)");

  private final String text;

  CostReason(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** The reason a stored text gives, if it is one of these. */
  public static Optional<CostReason> of(String text) {
    return Arrays.stream(values()).filter(r -> r.text.equals(text)).findFirst();
  }
}
