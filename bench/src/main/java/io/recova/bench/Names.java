package io.recova.bench;

/**
 * French names, streets and towns for debtors and creditors: enough variety that a search on a
 * part of a name finds a realistic share of a portfolio (a few per cent), not all or nothing.
 */
final class Names {

  private Names() {}

  static final String[] FIRST = {
    "Jean", "Marie", "Pierre", "Nathalie", "Michel", "Isabelle", "Philippe", "Sylvie", "Alain",
    "Catherine", "Nicolas", "Sophie", "Christophe", "Valérie", "Laurent", "Sandrine", "Stéphane",
    "Céline", "Julien", "Aurélie", "Thomas", "Camille", "Antoine", "Émilie", "François", "Léa",
    "Hugo", "Chloé", "Louis", "Manon", "Gabriel", "Inès", "Arthur", "Zoé", "Raphaël", "Jade"
  };

  static final String[] LAST = {
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval",
    "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun",
    "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud"
  };

  static final String[] TRADE = {
    "Boulangerie", "Garage", "Menuiserie", "Transports", "Plomberie", "Électricité", "Traiteur",
    "Imprimerie", "Pharmacie", "Agence", "Cabinet", "Maçonnerie", "Négoce", "Atelier", "Bistrot",
    "Couverture", "Paysages", "Informatique", "Textiles", "Matériaux"
  };

  static final String[] FORM = {"SARL", "SAS", "SASU", "EURL", "SA", "SNC"};

  static final String[] STREET = {
    "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
    "place de l'Église", "rue du Moulin", "chemin des Vignes", "rue Pasteur", "avenue de la Gare",
    "rue des Écoles", "quai du Port", "allée des Tilleuls"
  };

  /** Towns with their postal codes. */
  static final String[][] TOWN = {
    {"75011", "Paris"}, {"69003", "Lyon"}, {"13008", "Marseille"}, {"31000", "Toulouse"},
    {"33000", "Bordeaux"}, {"59000", "Lille"}, {"44000", "Nantes"}, {"67000", "Strasbourg"},
    {"34000", "Montpellier"}, {"35000", "Rennes"}, {"21000", "Dijon"}, {"38000", "Grenoble"},
    {"63000", "Clermont-Ferrand"}, {"37000", "Tours"}, {"87000", "Limoges"}, {"80000", "Amiens"}
  };

  static String person(Dice dice) {
    return dice.pick(FIRST) + " " + dice.pick(LAST);
  }

  static String company(Dice dice) {
    return dice.pick(TRADE) + " " + dice.pick(LAST) + " " + dice.pick(FORM);
  }

  static String ascii(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
  }
}
