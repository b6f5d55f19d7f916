package io.recova.agency.judicial;

/**
 * A proceeding to open on a case.
 *
 * @param forum where; the suggestion's when absent
 * @param courtName the competent court by name (e.g. "Tribunal de commerce de Lyon")
 */
public record NewProceeding(JudicialRoute route, Forum forum, String courtName, String lawyer,
    String commissaire) {}
