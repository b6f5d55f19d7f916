package io.recova.portal.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every UI text, in French and English, from {@code i18n/messages_fr.properties} and {@code
 * i18n/messages_en.properties} (UTF-8). Any other language gets French.
 *
 * <p>vaadin-cdi 15 hands Vaadin an I18NProvider bean only when it carries the qualifier {@link
 * VaadinServiceEnabled}; without it Vaadin would silently fall back to its own default provider. A
 * text with parameters is a {@link MessageFormat} pattern: write ’ (U+2019), not ', in those.
 */
@ApplicationScoped
@VaadinServiceEnabled
public class Translations implements I18NProvider {

  static final String BUNDLE = "i18n.messages";
  private static final Logger LOG = Logger.getLogger(Translations.class.getName());

  @Override
  public List<Locale> getProvidedLocales() {
    return UiLanguage.SUPPORTED;
  }

  /**
   * The text of the key in the supported language closest to {@code locale}; for a missing key,
   * {@code !{key}!} as Vaadin itself shows, so that the gap is visible and {@link #isMissing}
   * recognises it.
   */
  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale language = UiLanguage.supported(locale);
    String text;
    try {
      text = bundle(language).getString(key);
    } catch (MissingResourceException e) {
      LOG.warning(() -> "No " + language + " text for " + key);
      return "!{" + key + "}!";
    }
    return params == null || params.length == 0
        ? text
        : new MessageFormat(text, language).format(params);
  }

  /** True for what a component's getTranslation returns when no text exists for the key. */
  public static boolean isMissing(String translation) {
    return translation == null || (translation.startsWith("!{") && translation.endsWith("}!"));
  }

  static ResourceBundle bundle(Locale language) {
    // NoFallback: a server whose default locale is English must not answer French from English.
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        Translations.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
