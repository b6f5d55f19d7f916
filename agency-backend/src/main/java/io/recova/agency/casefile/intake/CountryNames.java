package io.recova.agency.casefile.intake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country cells as creditors fill them: "France", "Belgique", "Germany" as often as "FR". Names
 * in French and English come from the JDK's locale data, not from a list kept by hand.
 */
final class CountryNames {

  private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale.Builder().setRegion(code).build();
      CODE_BY_NAME.put(TextKey.of(country.getDisplayCountry(Locale.FRENCH)), code);
      CODE_BY_NAME.put(TextKey.of(country.getDisplayCountry(Locale.ENGLISH)), code);
    }
  }

  private CountryNames() {}

  /** The ISO code for a country's name; anything else is returned as written, for the rules. */
  static String toCode(String cell) {
    if (cell == null) {
      return null;
    }
    return CODE_BY_NAME.getOrDefault(TextKey.of(cell), cell);
  }
}
