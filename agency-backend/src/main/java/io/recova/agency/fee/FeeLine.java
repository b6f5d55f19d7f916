package io.recova.agency.fee;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the agency's earnings on a payment, as it appears on the fee invoice: the amount
 * excluding VAT rounded to the cent, and the VAT computed on that rounded amount.
 *
 * @param base what the percentage applies to, or null for a fixed amount
 * @param percent the contingency rate, or null for a fixed amount or a kept accessory
 * @param vatPercent the VAT rate applied; zero for a line outside VAT
 */
public record FeeLine(
    FeeKind kind,
    String label,
    Money base,
    BigDecimal percent,
    Money amount,
    BigDecimal vatPercent,
    Money vat) {

  public FeeLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(vatPercent, "vatPercent");
    Objects.requireNonNull(vat, "vat");
  }

  public Money inclVat() {
    return amount.plus(vat);
  }

  /**
   * What the line costs the creditor: the amount when it comes out of its share, and the VAT
   * always, since the creditor is the agency's client and the one invoiced (CPCE R124-3 3°).
   */
  public Money chargedToCreditor() {
    return kind.takenFromCreditorShare() ? inclVat() : vat;
  }
}
