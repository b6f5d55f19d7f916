package io.recova.agency.invoice;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One printed row of a fee invoice: the fees on payments of one kind, rate and VAT rate (a
 * contingency fee of 15 % on 1,234 payments is one row, its base their total), or one
 * certificate's fee.
 *
 * <p>Why rows and not the invoice's lines: a creditor with tens of thousands of payments in a month
 * would get an invoice of hundreds of pages repeating its remittance statement, which already
 * lists every payment with the fees deducted from it. The lines stay stored one per fee, and the
 * totals and VAT per rate are computed from them; the rows only add them up.
 *
 * <p>Quantity and unit price (C. com. L441-9 I): fixed fees of the same amount are that many units
 * at that price; fees that vary (a percentage, interest kept) are one service whose price is their
 * total, and the row says on how many payments.
 *
 * @param fees how many invoice lines the row adds up
 * @param caseReference for a certificate's row, its case; else null
 * @param reference for a certificate's row, its number; else null
 * @param base the percentage fee's base, the sum of its lines' bases; null for a fixed fee
 */
public record InvoiceEntry(
    InvoiceSource source,
    FeeKind feeKind,
    BigDecimal percent,
    BigDecimal vatPercent,
    boolean directPayment,
    String creditedInvoiceNumber,
    String caseReference,
    String reference,
    int fees,
    LocalDate firstDate,
    LocalDate lastDate,
    Money base,
    int quantity,
    Money unitPrice,
    Money amount,
    Money vat) {

  /** Charged fees on payments, then certificates, then what is credited; then by kind and rate. */
  private static final Comparator<InvoiceEntry> ORDER =
      Comparator.comparingInt((InvoiceEntry e) -> switch (e.source()) {
        case FEE_BOOKING -> 0;
        case CERTIFICATE -> 1;
        case FEE_REVERSAL -> 2;
      })
          .thenComparing(e -> e.creditedInvoiceNumber() == null ? "" : e.creditedInvoiceNumber())
          .thenComparing(InvoiceEntry::feeKind)
          .thenComparing(InvoiceEntry::directPayment)
          .thenComparing(e -> e.percent() == null ? BigDecimal.ZERO : e.percent())
          .thenComparing(InvoiceEntry::vatPercent)
          .thenComparing(e -> e.unitPrice().amount())
          .thenComparing(InvoiceEntry::firstDate)
          .thenComparing(e -> e.reference() == null ? "" : e.reference());

  public InvoiceEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(feeKind, "feeKind");
    Objects.requireNonNull(vatPercent, "vatPercent");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(vat, "vat");
    if (fees < 1 || quantity < 1) {
      throw new IllegalArgumentException("A row adds up at least one fee");
    }
  }

  /** The rows an invoice prints for its lines, adding up to the same totals. */
  public static List<InvoiceEntry> of(List<InvoiceLine> lines) {
    Map<Key, List<InvoiceLine>> groups = new LinkedHashMap<>();
    for (InvoiceLine line : lines) {
      groups.computeIfAbsent(Key.of(line), k -> new ArrayList<>()).add(line);
    }
    List<InvoiceEntry> entries = new ArrayList<>(groups.size());
    for (List<InvoiceLine> group : groups.values()) {
      entries.add(of(group.get(0), group));
    }
    entries.sort(ORDER);
    return entries;
  }

  private static InvoiceEntry of(InvoiceLine first, List<InvoiceLine> group) {
    Money zero = Money.zero(first.amount().currency());
    Money amount = zero;
    Money vat = zero;
    Money base = first.percent() == null ? null : zero;
    LocalDate from = first.serviceDate();
    LocalDate to = first.serviceDate();
    boolean sameAmount = true;
    for (InvoiceLine l : group) {
      amount = amount.plus(l.amount());
      vat = vat.plus(l.vat());
      // A percentage without its base cannot say what it applied to: no base is printed then.
      base = base == null || l.base() == null ? null : base.plus(l.base());
      from = l.serviceDate().isBefore(from) ? l.serviceDate() : from;
      to = l.serviceDate().isAfter(to) ? l.serviceDate() : to;
      sameAmount &= l.amount().amount().compareTo(first.amount().amount()) == 0;
    }
    boolean units = first.percent() == null && sameAmount;
    boolean certificate = first.source() == InvoiceSource.CERTIFICATE;
    return new InvoiceEntry(first.source(), first.feeKind(), first.percent(),
        first.vatPercent(), first.directPayment(), first.creditedInvoiceNumber(),
        certificate ? first.caseReference() : null, certificate ? first.reference() : null,
        group.size(), from, to, base, units ? group.size() : 1,
        units ? first.amount() : amount, amount, vat);
  }

  /**
   * What makes fees one row. Rates compare by value (15.0000 is 15.00); a certificate is a row of
   * its own.
   */
  private record Key(InvoiceSource source, FeeKind kind, String percent, String vatPercent,
      boolean direct, String credited, UUID certificate, String currency) {

    static Key of(InvoiceLine l) {
      return new Key(l.source(), l.feeKind(), plain(l.percent()), plain(l.vatPercent()),
          l.directPayment(), l.creditedInvoiceNumber(),
          l.source() == InvoiceSource.CERTIFICATE ? l.sourceId() : null,
          l.amount().currency().getCurrencyCode());
    }

    private static String plain(BigDecimal value) {
      return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
  }
}
