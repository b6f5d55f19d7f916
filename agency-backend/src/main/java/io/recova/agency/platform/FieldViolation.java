package io.recova.agency.platform;

/**
 * One invalid field of a submitted command.
 *
 * @param field the field name as the API knows it (e.g. {@code iban})
 * @param code a stable code the UI translates (e.g. {@code iban.checksum})
 * @param message an English explanation for API clients
 */
public record FieldViolation(String field, String code, String message) {}
