package io.recova.agency.casefile.intake;

import io.recova.agency.casefile.DebtorKind;
import java.util.Map;

/** The words creditors use for a debtor's kind, in French and English. */
final class DebtorKindWords {

  private static final Map<String, DebtorKind> WORDS = Map.ofEntries(
      Map.entry("person", DebtorKind.PERSON),
      Map.entry("personne", DebtorKind.PERSON),
      Map.entry("particulier", DebtorKind.PERSON),
      Map.entry("personne physique", DebtorKind.PERSON),
      Map.entry("pp", DebtorKind.PERSON),
      Map.entry("individual", DebtorKind.PERSON),
      Map.entry("individu", DebtorKind.PERSON),
      Map.entry("consumer", DebtorKind.PERSON),
      Map.entry("company", DebtorKind.COMPANY),
      Map.entry("societe", DebtorKind.COMPANY),
      Map.entry("entreprise", DebtorKind.COMPANY),
      Map.entry("personne morale", DebtorKind.COMPANY),
      Map.entry("pm", DebtorKind.COMPANY),
      Map.entry("professionnel", DebtorKind.COMPANY),
      Map.entry("pro", DebtorKind.COMPANY),
      Map.entry("business", DebtorKind.COMPANY),
      Map.entry("organisation", DebtorKind.COMPANY),
      Map.entry("organization", DebtorKind.COMPANY));

  private DebtorKindWords() {}

  /** The kind, or null for a blank cell. */
  static DebtorKind parse(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    DebtorKind kind = WORDS.get(TextKey.of(cell));
    if (kind == null) {
      throw new CellFormatException("debtorKind.unknown",
          "'" + cell.strip() + "' is not a debtor kind; write PERSON (particulier, personne"
              + " physique) or COMPANY (société, personne morale)");
    }
    return kind;
  }
}
