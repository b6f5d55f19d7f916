package io.recova.agency.platform.persistence;

import io.recova.agency.organisation.Siren;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SirenConverter implements AttributeConverter<Siren, String> {

  @Override
  public String convertToDatabaseColumn(Siren siren) {
    return siren == null ? null : siren.value();
  }

  @Override
  public Siren convertToEntityAttribute(String value) {
    return value == null ? null : Siren.parse(value);
  }
}
