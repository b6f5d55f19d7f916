package io.recova.agency.judicial;

/**
 * Something a route needs before it is taken, and whether the case has it.
 *
 * @param code stable identifier, for translation
 * @param explanation in English, with its source
 */
public record Precondition(String code, boolean met, String explanation) {}
