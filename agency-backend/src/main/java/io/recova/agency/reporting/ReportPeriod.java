package io.recova.agency.reporting;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report covers, both included, by value date.
 *
 * @throws InvalidInputException when a day is missing, {@code from} is after {@code to}, or the
 *     period is longer than {@link #MAX_YEARS} years (one line per month must stay readable)
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  public static final int MAX_YEARS = 10;

  public ReportPeriod {
    List<FieldViolation> bad = new ArrayList<>();
    if (from == null) {
      bad.add(new FieldViolation("from", "report.from", "The first day of the period is a date"));
    }
    if (to == null) {
      bad.add(new FieldViolation("to", "report.to", "The last day of the period is a date"));
    }
    if (from != null && to != null && from.isAfter(to)) {
      bad.add(new FieldViolation("from", "report.period",
          "The period starts on " + from + ", after its last day " + to));
    } else if (from != null && to != null && from.plusYears(MAX_YEARS).isBefore(to)) {
      bad.add(new FieldViolation("to", "report.period.tooLong",
          "A report covers at most " + MAX_YEARS + " years"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
  }

  /** A period from the query's ISO dates ({@code 2026-01-31}), every bad one reported. */
  public static ReportPeriod parse(String from, String to) {
    List<FieldViolation> bad = new ArrayList<>();
    LocalDate start = date("from", from, bad);
    LocalDate end = date("to", to, bad);
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return new ReportPeriod(start, end);
  }

  private static LocalDate date(String field, String text, List<FieldViolation> bad) {
    if (text == null || text.isBlank()) {
      bad.add(new FieldViolation(field, "report." + field, "Give the day as YYYY-MM-DD"));
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      bad.add(new FieldViolation(field, "report." + field,
          "'" + text + "' is not a day written YYYY-MM-DD"));
      return null;
    }
  }

  /** Every month the period touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth last = YearMonth.from(to);
    for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
