package io.recova.portal.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI texts in French and English from {@code i18n/messages_*.properties}; French by default.
 * vaadin-cdi uses an I18NProvider bean only when it is marked {@link VaadinServiceEnabled}.
 */
@ApplicationScoped
@VaadinServiceEnabled
public class Translations implements I18NProvider {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;
  static final String BUNDLE = "i18n.messages";

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(FRENCH, ENGLISH);
  }

  /** French or English: the supported language closest to what the user asked for. */
  public static Locale supported(Locale requested) {
    return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())
        ? ENGLISH
        : FRENCH;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale language = supported(locale);
    try {
      String text =
          ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
              ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
      return params.length == 0 ? text : new MessageFormat(text, language).format(params);
    } catch (MissingResourceException e) {
      return "!" + key;
    }
  }

  /** True when the key has a text in the language. */
  public boolean has(String key, Locale locale) {
    return !getTranslation(key, locale).startsWith("!");
  }
}
