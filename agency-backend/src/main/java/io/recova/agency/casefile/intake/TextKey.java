package io.recova.agency.casefile.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The loose form in which two spellings of a header or a code word compare equal: "N° Facture :",
 * "n facture" and "N.  FACTURE" all become {@code "n facture"}. People type headers by hand, in
 * Excel, with or without accents, so only letters and digits count.
 */
final class TextKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextKey() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    // NFKD splits "é" into "e" + accent and turns the ordinal "º" of "Nº" into a plain "o".
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").strip();
  }
}
