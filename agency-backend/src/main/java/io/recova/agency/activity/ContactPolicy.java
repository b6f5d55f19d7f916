package io.recova.agency.activity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When and how often the agency contacts a debtor (DOMAIN D4): by default calls Monday to Friday
 * 10:00–13:00 and 14:00–20:00 (the D223-9 windows, adopted as policy), at most one call per debtor
 * per day and seven call attempts in seven days. Configurable per agency.
 *
 * @param windows the daily windows, each from its start (included) to its end (excluded)
 */
public record ContactPolicy(
    Set<DayOfWeek> days, List<Window> windows, ZoneId zone, int callsPerDay, int callsPerWeek) {

  /** A stretch of the day, start included, end excluded. */
  public record Window(LocalTime from, LocalTime to) {
    boolean contains(LocalTime t) {
      return !t.isBefore(from) && t.isBefore(to);
    }

    @Override
    public String toString() {
      return from + "–" + to;
    }
  }

  public ContactPolicy {
    days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    windows = List.copyOf(windows);
  }

  public static ContactPolicy defaults() {
    return parse("MON-FRI", "10:00-13:00,14:00-20:00", "Europe/Paris", 1, 7);
  }

  /**
   * Reads a policy as written in configuration.
   *
   * @param days a range or list of days, e.g. {@code MON-FRI} or {@code MON,TUE,SAT}
   * @param hours windows such as {@code 10:00-13:00,14:00-20:00} ({@code 24:00} ends a day)
   * @throws IllegalArgumentException naming what cannot be read
   */
  public static ContactPolicy parse(String days, String hours, String zone, int callsPerDay,
      int callsPerWeek) {
    Set<DayOfWeek> daySet = EnumSet.noneOf(DayOfWeek.class);
    for (String part : days.toUpperCase(Locale.ROOT).split(",")) {
      String[] range = part.strip().split("-");
      DayOfWeek from = day(range[0]);
      DayOfWeek to = range.length > 1 ? day(range[1]) : from;
      for (DayOfWeek d = from; ; d = d.plus(1)) {
        daySet.add(d);
        if (d == to) {
          break;
        }
      }
    }
    List<Window> windows = new ArrayList<>();
    for (String part : hours.split(",")) {
      String[] range = part.strip().split("-");
      if (range.length != 2) {
        throw new IllegalArgumentException("A contact window reads like 10:00-13:00: " + part);
      }
      windows.add(new Window(time(range[0]), time(range[1])));
    }
    if (callsPerDay < 0 || callsPerWeek < 0) {
      throw new IllegalArgumentException("Call limits cannot be negative");
    }
    return new ContactPolicy(daySet, windows, ZoneId.of(zone), callsPerDay, callsPerWeek);
  }

  private static DayOfWeek day(String text) {
    String t = text.strip();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(t) && t.length() >= 2) {
        return d;
      }
    }
    throw new IllegalArgumentException("Not a day of the week: " + text);
  }

  private static LocalTime time(String text) {
    String t = text.strip();
    return t.equals("24:00") ? LocalTime.MAX : LocalTime.parse(t.length() == 4 ? "0" + t : t);
  }
}
