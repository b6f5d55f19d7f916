package io.recova.agency.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For a nullable {@code uuid} column: EclipseLink's built-in UUID conversion fails on a SQL NULL,
 * while the PostgreSQL driver already reads and writes {@link UUID} itself.
 */
@Converter
public class OptionalUuidConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID value) {
    return value;
  }

  @Override
  public UUID convertToEntityAttribute(Object value) {
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    return UUID.fromString(value.toString());
  }
}
