package io.recova.reports.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterKind;
import io.recova.agency.organisation.AgencyIdentity;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import org.junit.jupiter.api.Test;

class CollectionLetterLabelsTest {

  private static final CollectionLetterReport REPORT = new CollectionLetterReport();

  @Test
  void hasTheSameLabelsInFrenchAndEnglish() {
    ResourceBundle fr = CollectionLetterReport.labels(Locale.FRENCH);
    ResourceBundle en = CollectionLetterReport.labels(Locale.ENGLISH);
    assertThat(fr.getLocale()).isEqualTo(Locale.FRENCH);
    assertThat(en.getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(new TreeSet<>(fr.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
  }

  /** Also catches a label no letter prints: taking it away would change nothing. */
  @Test
  void failsInsteadOfPrintingALetterWithAMissingLabel() {
    for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      ResourceBundle labels = CollectionLetterReport.labels(language);
      for (String key : new TreeSet<>(labels.keySet())) {
        ResourceBundle incomplete = new Without(labels, key);
        Throwable failure =
            catchThrowable(() -> REPORT.print(letterUsing(key, language), incomplete));
        assertThat(failure)
            .as("a %s letter without the label %s", language, key)
            .isInstanceOfAny(MissingResourceException.class, IllegalStateException.class);
      }
    }
  }

  @Test
  void writesApostrophesSoThatMessageFormatKeepsThem() {
    for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      ResourceBundle labels = CollectionLetterReport.labels(language);
      for (String key : labels.keySet()) {
        assertThat(labels.getString(key)).as("%s in %s", key, language).doesNotContain("'");
      }
    }
  }

  @Test
  void fillsEveryTemplateParameterFromTheData() {
    List<String> parameters =
        Arrays.stream(REPORT.template().getParameters())
            .filter(p -> !p.isSystemDefined())
            .map(JRParameter::getName)
            .sorted()
            .toList();
    assertThat(parameters).isEqualTo(componentNames(CollectionLetterData.class));
  }

  @Test
  void fillsEveryTemplateFieldFromAClaimRow() {
    List<String> fields =
        Arrays.stream(REPORT.template().getFields()).map(JRField::getName).sorted().toList();
    assertThat(fields).isEqualTo(componentNames(ClaimRow.class));
  }

  /**
   * A letter on which the label is printed: its kind's own wording, costs, a first letter, a
   * collector; the wording for an agency address without postcode or for a letter nobody signs only
   * on such letters.
   */
  private static LetterContent letterUsing(String key, Locale language) {
    LetterKind kind =
        Arrays.stream(LetterKind.values())
            .filter(k -> key.endsWith("." + k.name()))
            .findFirst()
            .orElse(LetterKind.FORMAL_NOTICE);
    LetterContent letter = LetterSamples.later(kind, language);
    AgencyIdentity agency = letter.agency();
    if (key.equals("date.only")) {
      agency =
          new AgencyIdentity(
              agency.name(),
              "Somewhere without a postcode",
              agency.registrationNumber(),
              agency.email(),
              agency.phone(),
              agency.trustAccountIban(),
              agency.privacyContact());
    }
    String collector = key.equals("payment.plan.team") ? null : letter.collectorName();
    return new LetterContent(
        letter.kind(),
        letter.language(),
        letter.reference(),
        letter.date(),
        agency,
        letter.creditor(),
        letter.debtor(),
        letter.caseReference(),
        letter.claims(),
        LetterSamples.totals("35.00"),
        letter.payBy(),
        letter.firstLetterReference(),
        letter.firstLetterDate(),
        collector);
  }

  private static List<String> componentNames(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .sorted()
        .toList();
  }

  /** A language's labels with one taken away. */
  private static final class Without extends ResourceBundle {
    private final ResourceBundle labels;
    private final String missing;

    Without(ResourceBundle labels, String missing) {
      this.labels = labels;
      this.missing = missing;
    }

    @Override
    protected Object handleGetObject(String key) {
      return key.equals(missing) || !labels.containsKey(key) ? null : labels.getObject(key);
    }

    @Override
    public Enumeration<String> getKeys() {
      List<String> keys = new ArrayList<>(labels.keySet());
      keys.remove(missing);
      return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
      return labels.getLocale();
    }

    @Override
    protected Set<String> handleKeySet() {
      Set<String> keys = new TreeSet<>(labels.keySet());
      keys.remove(missing);
      return keys;
    }
  }
}
