package io.recova.agency.mandate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

@Converter(autoApply = true)
public class FeeRateConverter implements AttributeConverter<FeeRate, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(FeeRate rate) {
    return rate == null ? null : rate.percent();
  }

  @Override
  public FeeRate convertToEntityAttribute(BigDecimal value) {
    return value == null ? null : FeeRate.ofPercent(value);
  }
}
