package io.recova.agency.demo;

import io.recova.agency.valuation.ClaimNature;
import io.recova.agency.casefile.DebtorKind;
import io.recova.agency.casefile.NewCase;
import io.recova.agency.casefile.NewClaim;
import io.recova.agency.casefile.NewDebtor;
import io.recova.agency.casefile.PostalAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, believable portfolio for each demo creditor, dated relative to today so the demo
 * always shows overdue invoices of different ages. The same inputs always give the same cases.
 */
final class DemoCases {

  private DemoCases() {}

  private record Company(String name, String siren, String street, String postcode, String city) {}

  private static final List<Company> COMPANIES = List.of(
      new Company("Boulangerie Petit SARL", "404833048", "3 rue Mercière", "69002", "Lyon"),
      new Company("Garage des Alpes SAS", "383474814", "112 route de Grenoble", "38000",
          "Grenoble"),
      new Company("Hôtel du Lac EURL", "418092094", "1 quai du Mont-Blanc", "74000", "Annecy"),
      new Company("Menuiserie Roche et Fils", "479766842", "27 chemin des Vignes", "21000",
          "Dijon"),
      new Company("Transports Leblanc SA", "552081317", "8 zone des Érables", "51100", "Reims"),
      new Company("Café de la Gare SNC", "326300969", "2 place de la Gare", "13001", "Marseille"));

  private static final List<String> PEOPLE = List.of(
      "Claire Moreau", "Julien Fabre", "Sophie Lambert", "Karim Benali");

  static List<NewCase> portfolio(String prefix, LocalDate today, int size) {
    List<NewCase> cases = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean company = i % 3 != 2;
      NewDebtor debtor;
      ClaimNature nature;
      if (company) {
        Company c = COMPANIES.get(i % COMPANIES.size());
        debtor = new NewDebtor(DebtorKind.COMPANY, c.name(), c.siren(),
            new PostalAddress(c.street(), null, c.postcode(), c.city(), "FR"),
            "compta@" + c.name().toLowerCase().replaceAll("[^a-z]", "") + ".example",
            "+33 4 78 00 00 " + String.format("%02d", i));
        nature = ClaimNature.B2B;
      } else {
        String name = PEOPLE.get(i % PEOPLE.size());
        debtor = new NewDebtor(DebtorKind.PERSON, name, null,
            new PostalAddress((10 + i) + " rue de la République", null, "69001", "Lyon", "FR"),
            null, "06 12 34 56 " + String.format("%02d", i));
        nature = ClaimNature.B2C;
      }
      List<NewClaim> claims = new ArrayList<>();
      int invoices = 1 + i % 3;
      for (int k = 0; k < invoices; k++) {
        LocalDate invoiced = today.minusDays(40L + 23L * i + 31L * k);
        BigDecimal amount = BigDecimal.valueOf(18_000 + 7_919L * ((i * 7 + k * 3) % 41), 2);
        claims.add(new NewClaim(prefix + "-F" + (2400 + i * 3 + k), invoiced,
            invoiced.plusDays(30), amount, "EUR", nature, null, null));
      }
      LocalDate notice = i % 4 == 3 ? today.minusDays(10) : null;
      cases.add(new NewCase(null, prefix + "-" + String.format("%04d", i + 1), debtor, claims,
          notice));
    }
    return cases;
  }
}
