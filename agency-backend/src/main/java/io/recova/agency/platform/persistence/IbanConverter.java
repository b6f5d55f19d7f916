package io.recova.agency.platform.persistence;

import io.recova.agency.money.Iban;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IbanConverter implements AttributeConverter<Iban, String> {

  @Override
  public String convertToDatabaseColumn(Iban iban) {
    return iban == null ? null : iban.value();
  }

  @Override
  public Iban convertToEntityAttribute(String value) {
    return value == null ? null : Iban.parse(value);
  }
}
