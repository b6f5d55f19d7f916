package io.recova.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The language of the UI: French or English. The browser's preference decides on the first page; a
 * choice made with the language switch is kept in the Vaadin session and applied to every UI (tab,
 * reload) of that session.
 */
public final class UiLanguage {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

  /** Session attribute holding the user's explicit choice. */
  static final String CHOICE = UiLanguage.class.getName() + ".choice";

  private UiLanguage() {}

  /** French or English, whichever the requested locale's language is; French for anything else. */
  public static Locale supported(Locale requested) {
    return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())
        ? ENGLISH
        : FRENCH;
  }

  /**
   * The first French or English entry in the browser's preferences (Accept-Language, best first);
   * French when there is none, since the agency and most of its creditors are French.
   */
  public static Locale fromBrowser(List<Locale> preferences) {
    for (Locale preference : preferences) {
      for (Locale supported : SUPPORTED) {
        if (supported.getLanguage().equals(preference.getLanguage())) {
          return supported;
        }
      }
    }
    return FRENCH;
  }

  /** The language for a new UI: the session's choice if there is one, else the browser's. */
  public static Locale forNewUi(VaadinSession session, VaadinRequest request) {
    Object chosen = session == null ? null : session.getAttribute(CHOICE);
    if (chosen instanceof Locale locale) {
      return locale;
    }
    Enumeration<Locale> preferences = request == null ? null : request.getLocales();
    return fromBrowser(preferences == null ? List.of() : Collections.list(preferences));
  }

  /**
   * Keeps the choice for the session and reloads the page, so that every text, format and component
   * (date pickers included) is built again in the new language.
   */
  public static void switchTo(Locale locale) {
    Locale language = supported(locale);
    VaadinSession session = VaadinSession.getCurrent();
    session.setAttribute(CHOICE, language);
    session.setLocale(language);
    UI.getCurrent().getPage().reload();
  }
}
