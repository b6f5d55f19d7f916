package io.recova.reports.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recova.agency.letter.LetterKind;
import io.recova.reports.PdfText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CollectionLetterBundleTest {

  private static final CollectionLetterReport REPORT = new CollectionLetterReport();

  private static List<byte[]> letters;

  @BeforeAll
  static void renderThreeLetters() {
    letters =
        List.of(
            REPORT.render(LetterSamples.withReference("LTR-2026-000201")),
            REPORT.render(
                LetterSamples.letter(
                    LetterKind.FIRM_REMINDER,
                    Locale.ENGLISH,
                    "LTR-2026-000202",
                    null,
                    null,
                    LetterSamples.totals(),
                    LetterSamples.creditor())),
            REPORT.render(
                LetterSamples.letter(
                    LetterKind.FORMAL_NOTICE,
                    Locale.FRENCH,
                    "LTR-2026-000203",
                    "LTR-2026-000098",
                    LetterSamples.FIRST_LETTER_DATE,
                    LetterSamples.totals("35.00"),
                    LetterSamples.creditor())));
  }

  @Test
  void holdsEveryPageOfEveryLetter() {
    byte[] bundle = REPORT.bundle(letters);
    int pages = letters.stream().mapToInt(PdfText::pageCount).sum();
    assertThat(letters).allSatisfy(letter -> assertThat(PdfText.pageCount(letter)).isBetween(1, 2));
    assertThat(PdfText.pageCount(bundle)).isEqualTo(pages);
  }

  @Test
  void keepsTheLettersAndTheirPagesInOrder() {
    List<String> expected = new ArrayList<>();
    letters.forEach(letter -> expected.addAll(PdfText.pages(letter)));
    assertThat(PdfText.pages(REPORT.bundle(letters))).containsExactlyElementsOf(expected);

    String text = PdfText.of(REPORT.bundle(letters));
    int first = text.indexOf("LTR-2026-000201");
    int second = text.indexOf("LTR-2026-000202");
    int third = text.indexOf("LTR-2026-000203");
    assertThat(first).isNotNegative().isLessThan(second);
    assertThat(second).isLessThan(third);
  }

  @Test
  void bundlesASingleLetterUnchangedInContent() {
    byte[] bundle = REPORT.bundle(List.of(letters.get(2)));
    assertThat(PdfText.pages(bundle)).isEqualTo(PdfText.pages(letters.get(2)));
  }

  @Test
  void refusesAnEmptyBundle() {
    assertThatThrownBy(() -> REPORT.bundle(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one letter");
    assertThatThrownBy(() -> REPORT.bundle(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnEntryThatIsNotAPdf() {
    byte[] text = "Dear debtor, please pay.".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> REPORT.bundle(List.of(letters.get(0), text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Letter 2 of the bundle is not a readable PDF");
  }

  @Test
  void refusesATruncatedPdf() {
    byte[] truncated = Arrays.copyOf(letters.get(0), 200);
    assertThatThrownBy(() -> REPORT.bundle(List.of(truncated, letters.get(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Letter 1 of the bundle");
  }

  @Test
  void refusesAMissingEntry() {
    List<byte[]> withHole = new ArrayList<>(letters);
    withHole.add(1, null);
    assertThatThrownBy(() -> REPORT.bundle(withHole))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Letter 2 of the bundle");
  }
}
