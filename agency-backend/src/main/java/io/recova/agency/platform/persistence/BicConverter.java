package io.recova.agency.platform.persistence;

import io.recova.agency.money.Bic;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class BicConverter implements AttributeConverter<Bic, String> {

  @Override
  public String convertToDatabaseColumn(Bic bic) {
    return bic == null ? null : bic.value();
  }

  @Override
  public Bic convertToEntityAttribute(String value) {
    return value == null ? null : Bic.parse(value);
  }
}
