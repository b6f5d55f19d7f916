package io.recova.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options, falling back to RECOVA_* environment variables where named. */
final class Options {

  private final Map<String, String> values = new HashMap<>();

  Options(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument " + arg);
      }
      if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
        values.put(arg.substring(2), "true");
      } else {
        values.put(arg.substring(2), args.get(++i));
      }
    }
  }

  String text(String name, String environment, String fallback) {
    String value = values.get(name);
    if (value == null && environment != null) {
      value = System.getenv(environment);
      if (value == null) {
        value = System.getProperty(environment);
      }
    }
    return value == null ? fallback : value;
  }

  int number(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
  }

  long longNumber(String name, long fallback) {
    String value = values.get(name);
    return value == null ? fallback : Long.parseLong(value.replace("_", ""));
  }

  LocalDate date(String name, LocalDate fallback) {
    String value = values.get(name);
    return value == null ? fallback : LocalDate.parse(value);
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }
}
