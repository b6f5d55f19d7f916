package io.recova.agency.judicial;

import java.util.List;

/**
 * The route Recova suggests, where, why, and what it still needs.
 *
 * @param reasonCode stable identifier of the reason, for translation
 * @param reason the reason in English, with its source
 * @param notes what else to know before taking the route (a lawyer needed, say)
 */
public record RouteSuggestion(JudicialRoute route, Forum forum, String reasonCode,
    String reason, List<Precondition> preconditions, List<String> notes) {

  /** Whether every precondition Recova can check is met. */
  public boolean ready() {
    return preconditions.stream().allMatch(Precondition::met);
  }
}
