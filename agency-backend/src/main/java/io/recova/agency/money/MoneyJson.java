package io.recova.agency.money;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes an amount as {@code {"amount": 12.30, "currency": "EUR"}}: the number with the currency's
 * decimals, never a binary fraction, and the currency beside it.
 */
public class MoneyJson implements JsonbSerializer<Money> {

  @Override
  public void serialize(Money money, JsonGenerator json, SerializationContext context) {
    json.writeStartObject();
    json.write("amount", money.amount());
    json.write("currency", money.currency().getCurrencyCode());
    json.writeEnd();
  }
}
