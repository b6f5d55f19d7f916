package io.recova.reports.letter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.util.JRStringUtil;

/**
 * The letter's wording in one language. Every label is read as a {@link MessageFormat} pattern,
 * which is why the bundles write apostrophes as ’: a straight one would silently swallow text.
 */
final class LetterLabels {

  private final ResourceBundle bundle;
  private final Locale locale;

  LetterLabels(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * @throws MissingResourceException when the language lacks the label: a letter with a hole in it
   *     must never be sent
   */
  String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** A label that a language may leave empty, as null when it does. */
  String optional(String key) {
    String text = text(key);
    return text.isBlank() ? null : text;
  }

  /**
   * A bold lead-in ({@code key.label}) and its text ({@code key}) as JasperReports styled markup.
   * Both are escaped: a creditor named "Crème & Cœur" must not break the markup.
   */
  String item(String key, Object... arguments) {
    return "<b>" + escape(text(key + ".label")) + "</b> " + escape(text(key, arguments));
  }

  /** Plain text made safe to place inside styled markup. */
  static String escape(String text) {
    return JRStringUtil.xmlEncode(text);
  }
}
