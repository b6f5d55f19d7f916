package io.recova.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.certificate.IrrecoverabilityReason;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.money.InvalidIbanException;
import io.recova.agency.writeoff.WriteOffStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  private final Translations translations = new Translations();

  private static Properties bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        TranslationsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void frenchAndEnglishHaveExactlyTheSameKeys() throws IOException {
    assertThat(bundle("fr").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
  }

  @Test
  void noTextIsEmptyInEitherLanguage() throws IOException {
    for (String language : List.of("fr", "en")) {
      Properties texts = bundle(language);
      texts
          .stringPropertyNames()
          .forEach(key -> assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank());
    }
  }

  @Test
  void everyValidationCodeTheServiceReportsHasATextInBothLanguages() {
    List<String> codes =
        new ArrayList<>(
            List.of(
                "body.required",
                "name.required",
                "name.tooLong",
                "siren.invalid",
                "siren.duplicate",
                "address.tooLong",
                "email.invalid",
                "fee.required",
                "fee.range",
                "fee.scale",
                "frequency.required",
                "bic.invalid",
                "signedOn.future"));
    for (InvalidIbanException.Reason reason : InvalidIbanException.Reason.values()) {
      codes.add("iban." + reason.name().toLowerCase(Locale.ROOT));
    }
    for (String code : codes) {
      for (Locale language : UiLanguage.SUPPORTED) {
        assertThat(translations.getTranslation("error." + code, language))
            .as(language + " " + code)
            .matches(text -> !Translations.isMissing(text));
      }
    }
  }

  @Test
  void everyRemittanceFrequencyHasALabelInBothLanguages() {
    for (RemittanceFrequency frequency : RemittanceFrequency.values()) {
      for (Locale language : UiLanguage.SUPPORTED) {
        assertThat(translations.getTranslation("frequency." + frequency.name(), language))
            .as(language + " " + frequency)
            .matches(text -> !Translations.isMissing(text));
      }
    }
  }

  @Test
  void everyWriteOffReasonAndItsTimelineEventsHaveALabelInBothLanguages() {
    List<String> keys = new ArrayList<>();
    for (IrrecoverabilityReason reason : IrrecoverabilityReason.values()) {
      keys.add("writeOff.reason." + reason.name());
    }
    for (WriteOffStatus status : WriteOffStatus.values()) {
      keys.add("writeOff.status." + status.name());
    }
    for (CaseEventKind kind : CaseEventKind.values()) {
      keys.add("event." + kind.name());
    }
    for (String key : keys) {
      for (Locale language : UiLanguage.SUPPORTED) {
        assertThat(translations.getTranslation(key, language))
            .as(language + " " + key)
            .matches(text -> !Translations.isMissing(text));
      }
    }
  }

  @Test
  void everyKeyWrittenInTheCodeHasAText() throws IOException {
    Properties french = bundle("fr");
    Set<String> areas = new TreeSet<>();
    french.stringPropertyNames().forEach(key -> areas.add(key.substring(0, key.indexOf('.') + 1)));
    Pattern literal = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      sources
          .filter(path -> path.toString().endsWith(".java"))
          .forEach(
              path -> {
                Matcher m = literal.matcher(read(path));
                while (m.find()) {
                  String candidate = m.group(1);
                  if (areas.stream().anyMatch(candidate::startsWith)) {
                    used.add(candidate);
                  }
                }
              });
    }
    assertThat(used).isNotEmpty();
    assertThat(french.stringPropertyNames()).containsAll(used);
  }

  @Test
  void textsWithParametersUseTheTypographicApostropheThatMessageFormatLeavesAlone()
      throws IOException {
    for (String language : List.of("fr", "en")) {
      Properties texts = bundle(language);
      texts.stringPropertyNames().stream()
          .filter(key -> texts.getProperty(key).contains("{0}"))
          .forEach(key -> assertThat(texts.getProperty(key)).as(key).doesNotContain("'"));
    }
  }

  @Test
  void readsAccentsAndFillsParameters() {
    assertThat(translations.getTranslation("client.saved", Locale.FRENCH, "L'Épi d'Or"))
        .isEqualTo("Créancier « L'Épi d'Or » enregistré.");
    assertThat(translations.getTranslation("client.saved", Locale.ENGLISH, "L'Épi d'Or"))
        .isEqualTo("Creditor client “L'Épi d'Or” registered.");
  }

  @Test
  void aRegionalVariantGetsItsLanguageAndAnyOtherLanguageGetsFrench() {
    assertThat(translations.getTranslation("form.save", Locale.UK)).isEqualTo("Save");
    assertThat(translations.getTranslation("form.save", Locale.CANADA_FRENCH))
        .isEqualTo("Enregistrer");
    assertThat(translations.getTranslation("form.save", Locale.GERMAN)).isEqualTo("Enregistrer");
  }

  @Test
  void aMissingKeyShowsAsVaadinShowsItAndIsRecognised() {
    String text = translations.getTranslation("no.such.key", Locale.FRENCH);

    assertThat(text).isEqualTo("!{no.such.key}!");
    assertThat(Translations.isMissing(text)).isTrue();
    assertThat(Translations.isMissing("Enregistrer")).isFalse();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
