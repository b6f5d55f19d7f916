package io.recova.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        TranslationsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void frenchAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
    Properties fr = bundle("fr");
    Properties en = bundle("en");
    assertThat(fr.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    fr.values().forEach(v -> assertThat(v.toString()).isNotBlank());
    en.values().forEach(v -> assertThat(v.toString()).isNotBlank());
  }

  @Test
  void everyValidationCodeOfTheBackendHasATextInBothLanguages() {
    Translations translations = new Translations();
    String[] codes = {
      "name.required", "name.tooLong", "siren.invalid", "siren.duplicate", "address.tooLong",
      "email.invalid", "fee.required", "fee.range", "fee.scale", "frequency.required",
      "iban.missing", "iban.format", "iban.country", "iban.checksum", "bic.invalid",
      "signedOn.future", "body.required"
    };
    for (String code : codes) {
      assertThat(translations.has("error." + code, Locale.FRENCH)).as(code).isTrue();
      assertThat(translations.has("error." + code, Locale.ENGLISH)).as(code).isTrue();
    }
  }

  @Test
  void readsAccentsAndFillsParameters() {
    Translations translations = new Translations();
    assertThat(translations.getTranslation("client.saved", Locale.FRENCH, "L'Épi d'Or"))
        .isEqualTo("Créancier « L'Épi d'Or » enregistré.");
  }

  @Test
  void anyOtherLanguageFallsBackToFrench() {
    assertThat(new Translations().getTranslation("form.save", Locale.GERMAN))
        .isEqualTo("Enregistrer");
  }
}
