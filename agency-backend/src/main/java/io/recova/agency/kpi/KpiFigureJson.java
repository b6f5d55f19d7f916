package io.recova.agency.kpi;

import io.recova.agency.money.Money;
import io.recova.agency.money.MoneyJson;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/**
 * Writes a KPI's figure by what it is, since the view declares it as {@code Object} (JSON-B would
 * otherwise write a Money as an empty bean): money as amount and currency, numbers as they are.
 */
public class KpiFigureJson implements JsonbSerializer<Object> {

  private static final MoneyJson MONEY = new MoneyJson();

  @Override
  public void serialize(Object figure, JsonGenerator json, SerializationContext context) {
    if (figure instanceof Money m) {
      MONEY.serialize(m, json, context);
    } else if (figure instanceof BigDecimal d) {
      json.write(d);
    } else if (figure instanceof Long l) {
      json.write(l);
    } else if (figure == null) {
      json.writeNull();
    } else {
      throw new IllegalArgumentException("Not a KPI figure: " + figure.getClass());
    }
  }
}
