package io.recova.reports.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages Recova's documents are printed in. French is the default: the agency, its
 * creditors and the law it applies are French; English is offered to foreign creditors.
 */
public final class DocumentLocale {

  public static final Locale DEFAULT = Locale.FRENCH;

  private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

  private DocumentLocale() {}

  /** The supported language closest to {@code requested}; French when none is. */
  public static Locale of(Locale requested) {
    if (requested == null) {
      return DEFAULT;
    }
    for (Locale supported : SUPPORTED) {
      if (supported.getLanguage().equals(requested.getLanguage())) {
        return supported;
      }
    }
    return DEFAULT;
  }

  /**
   * The caller's preferred supported language from an HTTP {@code Accept-Language} header,
   * honouring its quality weights; French when the header is absent, malformed or names no
   * supported language.
   */
  public static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    try {
      Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
      return match == null ? DEFAULT : match;
    } catch (IllegalArgumentException malformed) {
      // A client's broken header is no reason to refuse it the document.
      return DEFAULT;
    }
  }
}
