package io.recova.reports.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentLocaleTest {

  @Test
  void isFrenchWhenNoLanguageIsAsked() {
    assertThat(DocumentLocale.fromAcceptLanguage(null)).isEqualTo(Locale.FRENCH);
    assertThat(DocumentLocale.fromAcceptLanguage("")).isEqualTo(Locale.FRENCH);
    assertThat(DocumentLocale.fromAcceptLanguage("*")).isEqualTo(Locale.FRENCH);
  }

  @Test
  void isFrenchWhenNoSupportedLanguageIsAsked() {
    assertThat(DocumentLocale.fromAcceptLanguage("de-DE, es;q=0.5")).isEqualTo(Locale.FRENCH);
  }

  @Test
  void isFrenchWhenTheHeaderIsMalformed() {
    assertThat(DocumentLocale.fromAcceptLanguage("en;q=high")).isEqualTo(Locale.FRENCH);
  }

  @Test
  void followsTheCallersPreferenceAmongSupportedLanguages() {
    assertThat(DocumentLocale.fromAcceptLanguage("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
    assertThat(DocumentLocale.fromAcceptLanguage("de;q=1, en;q=0.5, fr;q=0.8"))
        .isEqualTo(Locale.FRENCH);
    assertThat(DocumentLocale.fromAcceptLanguage("fr-CA")).isEqualTo(Locale.FRENCH);
  }

  @Test
  void mapsAnyLocaleToASupportedOne() {
    assertThat(DocumentLocale.of(Locale.UK)).isEqualTo(Locale.ENGLISH);
    assertThat(DocumentLocale.of(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(DocumentLocale.of(Locale.ITALIAN)).isEqualTo(Locale.FRENCH);
    assertThat(DocumentLocale.of(null)).isEqualTo(Locale.FRENCH);
  }
}
