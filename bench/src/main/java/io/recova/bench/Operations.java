package io.recova.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The harness's operations by their {@code --only} names, so that one can be measured again after
 * a change without the others (the remittance run, in particular, approves the month once).
 */
final class Operations {

  static final List<String> NAMES =
      List.of("intake", "portfolio", "kpis", "balance", "remittance", "load", "heap");

  private Operations() {}

  /** The operations named in a comma-separated list; every one when the list is absent. */
  static Set<String> parse(String list) {
    if (list == null || list.isBlank()) {
      return Set.copyOf(NAMES);
    }
    Set<String> chosen = Arrays.stream(list.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    for (String name : chosen) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("--only: unknown operation " + name + "; one of "
            + String.join(", ", NAMES));
      }
    }
    return chosen;
  }

  static boolean selected(Set<String> chosen, String name) {
    return chosen.contains(name);
  }
}
