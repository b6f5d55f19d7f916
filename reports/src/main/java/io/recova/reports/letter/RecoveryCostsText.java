package io.recova.reports.letter;

/**
 * Paragraphs 2 and 3 of article L111-8 of the Code des procédures civiles d'exécution, which R124-4
 * 5° requires every collection letter to reproduce verbatim (D7).
 *
 * <p>Kept in code rather than in the label bundles: it is the same French text in every language of
 * the letter, and no translator may ever reword it.
 */
final class RecoveryCostsText {

  static final String FRENCH =
      "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du"
          + " créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la"
          + " loi au créancier. Toute stipulation contraire est réputée non écrite, sauf"
          + " disposition législative contraire.\n"
          + "Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises"
          + " pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou"
          + " partie des frais ainsi exposés à la charge du débiteur de mauvaise foi.";

  private RecoveryCostsText() {}
}
