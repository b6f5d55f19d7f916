package io.recova.portal.i18n;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

/**
 * Binds a text field to a {@link BigDecimal} through {@link Formats#decimal}, so that "12,5" and
 * "12.5" are both accepted whatever the UI language, and the value is exactly what was typed.
 */
public class DecimalConverter implements Converter<String, BigDecimal> {

  private final String notANumberMessage;

  public DecimalConverter(String notANumberMessage) {
    this.notANumberMessage = notANumberMessage;
  }

  @Override
  public Result<BigDecimal> convertToModel(String text, ValueContext context) {
    try {
      return Result.ok(Formats.decimal(text));
    } catch (ParseException e) {
      return Result.error(notANumberMessage);
    }
  }

  @Override
  public String convertToPresentation(BigDecimal value, ValueContext context) {
    return Formats.decimalInput(value, context.getLocale().orElse(Locale.FRENCH));
  }
}
