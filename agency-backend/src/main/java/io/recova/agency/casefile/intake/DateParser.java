package io.recova.agency.casefile.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as French files write it (day first: 15/03/2025, 5/3/2025, 15-03-2025, 15.03.2025)
 * or in ISO form (2025-03-15). Strict: 31/02/2025 is refused, not turned into 3 March, and a
 * two-digit year is refused because "25" could be 1925 or 2025 and a limitation period hangs on
 * it. A midnight time that Excel or an ERP appends ("15/03/2025 00:00") is dropped.
 */
final class DateParser {

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d+)");
  private static final Pattern MIDNIGHT = Pattern.compile("[ T]0{1,2}:00(:00(\\.0+)?)?Z?$");
  private static final Pattern SERIAL = Pattern.compile("\\d{5}");
  private static final DateTimeFormatter ISO_FORMAT = strict("uuuu-M-d");
  private static final Map<String, DateTimeFormatter> DAY_FIRST_FORMATS = Map.of(
      "/", strict("d/M/uuuu"), "-", strict("d-M-uuuu"), ".", strict("d.M.uuuu"));

  private DateParser() {}

  /** The date, or null for a blank cell. */
  static LocalDate parse(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String s = MIDNIGHT.matcher(cell.strip()).replaceFirst("");
    if (ISO.matcher(s).matches()) {
      return resolve(s, ISO_FORMAT, cell);
    }
    Matcher m = DAY_FIRST.matcher(s);
    if (m.matches()) {
      String year = m.group(4);
      if (year.length() == 2) {
        throw new CellFormatException("date.twoDigitYear",
            "'" + cell.strip() + "' has a two-digit year, which is ambiguous; write the year in"
                + " full, e.g. 15/03/2025");
      }
      if (year.length() != 4) {
        throw notADate(cell);
      }
      return resolve(s, DAY_FIRST_FORMATS.get(m.group(2)), cell);
    }
    if (SERIAL.matcher(s).matches()) {
      throw new CellFormatException("date.format",
          "'" + cell.strip() + "' looks like an Excel date serial number; format the column as a"
              + " date (dd/mm/yyyy) before exporting");
    }
    throw notADate(cell);
  }

  private static LocalDate resolve(String s, DateTimeFormatter format, String cell) {
    try {
      return LocalDate.parse(s, format);
    } catch (DateTimeParseException e) {
      throw new CellFormatException("date.format",
          "'" + cell.strip() + "' is not a date of the calendar (check the day and the month)");
    }
  }

  private static CellFormatException notADate(String cell) {
    return new CellFormatException("date.format",
        "'" + cell.strip() + "' is not a date; write it as dd/mm/yyyy, e.g. 15/03/2025");
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }
}
