package io.recova.agency.casefile;

import io.recova.agency.valuation.Limitation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The limitation date of a dossier: the earliest of its claims' (DOMAIN D9), each counted from its
 * due date and restarted by the interrupting events on the case; once a judgment is served, the
 * ten years of a court title.
 */
final class CaseLimitation {

  private CaseLimitation() {}

  static LocalDate of(CaseFile f, List<CaseEvent> timeline) {
    List<Limitation.Event> events =
        timeline.stream()
            .filter(e -> e.legalDate() != null && e.kind().limitation().isPresent())
            .map(e -> new Limitation.Event(e.kind().limitation().get(), e.legalDate()))
            .toList();
    if (f.judgmentServedOn().isPresent()) {
      return Limitation.ofCourtTitle(f.judgmentServedOn().get(), events).limitationDate();
    }
    return f.claims().stream()
        .map(c -> Limitation.of(c.nature(), c.dueDate(), events).limitationDate())
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }
}
