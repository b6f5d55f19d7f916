package io.recova.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiLanguageTest {

  @Test
  void aFrenchBrowserGetsFrench() {
    assertThat(UiLanguage.fromBrowser(List.of(Locale.FRANCE, Locale.ENGLISH)))
        .isEqualTo(UiLanguage.FRENCH);
  }

  @Test
  void anEnglishBrowserGetsEnglishWhateverItsCountry() {
    assertThat(UiLanguage.fromBrowser(List.of(Locale.UK))).isEqualTo(UiLanguage.ENGLISH);
    assertThat(UiLanguage.fromBrowser(List.of(Locale.US))).isEqualTo(UiLanguage.ENGLISH);
  }

  @Test
  void theFirstSupportedLanguageInTheBrowsersOrderWins() {
    assertThat(UiLanguage.fromBrowser(List.of(Locale.GERMAN, Locale.ENGLISH, Locale.FRENCH)))
        .isEqualTo(UiLanguage.ENGLISH);
  }

  @Test
  void aBrowserWithNeitherFrenchNorEnglishGetsFrench() {
    assertThat(UiLanguage.fromBrowser(List.of(Locale.GERMAN, Locale.ITALIAN)))
        .isEqualTo(UiLanguage.FRENCH);
    assertThat(UiLanguage.fromBrowser(List.of())).isEqualTo(UiLanguage.FRENCH);
  }

  @Test
  void withoutASessionOrARequestTheLanguageIsFrench() {
    assertThat(UiLanguage.forNewUi(null, null)).isEqualTo(UiLanguage.FRENCH);
  }
}
