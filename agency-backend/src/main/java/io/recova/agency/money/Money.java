package io.recova.agency.money;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, held at the currency's number of decimals (cents for the euro). Every
 * operation that could lose precision names its rounding; mixing currencies is refused.
 */
@Embeddable
@JsonbTypeSerializer(MoneyJson.class)
public class Money implements Comparable<Money> {

  @Column(name = "amount")
  private BigDecimal amount;

  @Column(name = "currency")
  private String currency;

  protected Money() {}

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency.getCurrencyCode();
  }

  /**
   * @throws ArithmeticException when the amount has more decimals than the currency allows
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    return new Money(
        amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY), currency);
  }

  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** Rounds an exact result (a product, a rate applied) to the currency's decimals. */
  public static Money rounded(BigDecimal exact, Currency currency, RoundingMode rounding) {
    return new Money(exact.setScale(currency.getDefaultFractionDigits(), rounding), currency);
  }

  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  public BigDecimal amount() {
    return amount;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency());
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency());
  }

  /** This amount times a factor, rounded to the currency's decimals as told. */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    return rounded(amount.multiply(factor), currency(), rounding);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot combine " + currency + " with " + other.currency + " amounts");
    }
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, amount.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
