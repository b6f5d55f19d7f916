package io.recova.agency.casefile.intake;

import io.recova.agency.valuation.ClaimNature;
import java.util.Map;

/** The words creditors use for the nature of a claim, in French and English. */
final class ClaimNatureWords {

  private static final Map<String, ClaimNature> WORDS = Map.ofEntries(
      Map.entry("b2b", ClaimNature.B2B),
      Map.entry("b to b", ClaimNature.B2B),
      Map.entry("pro", ClaimNature.B2B),
      Map.entry("professionnel", ClaimNature.B2B),
      Map.entry("professionnelle", ClaimNature.B2B),
      Map.entry("entreprise", ClaimNature.B2B),
      Map.entry("commercial", ClaimNature.B2B),
      Map.entry("commerciale", ClaimNature.B2B),
      Map.entry("business", ClaimNature.B2B),
      Map.entry("b2c", ClaimNature.B2C),
      Map.entry("b to c", ClaimNature.B2C),
      Map.entry("consommateur", ClaimNature.B2C),
      Map.entry("particulier", ClaimNature.B2C),
      Map.entry("consumer", ClaimNature.B2C),
      Map.entry("civil", ClaimNature.CIVIL),
      Map.entry("civile", ClaimNature.CIVIL));

  private ClaimNatureWords() {}

  /** The nature, or null for a blank cell. */
  static ClaimNature parse(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    ClaimNature nature = WORDS.get(TextKey.of(cell));
    if (nature == null) {
      throw new CellFormatException("nature.unknown",
          "'" + cell.strip() + "' is not a claim nature; write B2B (professionnel), B2C"
              + " (consommateur) or CIVIL");
    }
    return nature;
  }
}
