package io.recova.agency.casefile.intake;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields an import file can hold, each with the headers creditors actually write for it, in
 * French and English. Headers are compared through {@link TextKey}, so case, accents, "°", dots
 * and spacing do not matter. The field's path in {@code NewCase} and its camelCase name are
 * recognised too, for files produced by a program.
 */
public enum ImportColumn {
  CASE_REFERENCE("case reference", "externalReference", false,
      "référence", "référence dossier", "réf dossier", "ref dossier", "réf", "n° dossier",
      "numéro de dossier", "numéro dossier", "dossier", "référence client dossier",
      "reference", "case reference", "case ref", "case", "case number", "case id",
      "external reference", "file reference", "caseReference"),
  DEBTOR_KIND("debtor kind", "debtor.kind", false,
      "type débiteur", "type de débiteur", "type", "catégorie débiteur", "type de client",
      "type client", "personne", "type de personne", "debtor kind", "debtor type", "kind",
      "customer type", "debtorKind", "debtorType"),
  DEBTOR_NAME("debtor name", "debtor.name", false,
      "débiteur", "nom", "nom débiteur", "nom du débiteur", "raison sociale", "dénomination",
      "client", "nom client", "nom du client", "société", "nom ou raison sociale",
      "debtor", "debtor name", "name", "customer", "customer name", "company name",
      "debtorName", "customerName"),
  DEBTOR_REGISTRATION_NUMBER("SIREN/SIRET", "debtor.registrationNumber", false,
      "siren", "siret", "siren/siret", "siren ou siret", "n° siren", "n° siret",
      "numéro siren", "numéro siret", "registration number", "company number", "company id",
      "registrationNumber"),
  DEBTOR_ADDRESS_LINE1("address line 1", "debtor.address.line1", false,
      "adresse", "adresse 1", "adresse ligne 1", "adresse débiteur", "rue", "voie",
      "address", "address 1", "address line 1", "street", "addressLine1"),
  DEBTOR_ADDRESS_LINE2("address line 2", "debtor.address.line2", false,
      "adresse 2", "adresse ligne 2", "complément d'adresse", "complément adresse",
      "complément", "address 2", "address line 2", "addressLine2"),
  DEBTOR_POSTAL_CODE("postal code", "debtor.address.postalCode", false,
      "code postal", "cp", "c p", "postal code", "postcode", "zip", "zip code"),
  DEBTOR_CITY("city", "debtor.address.city", false,
      "ville", "commune", "localité", "city", "town"),
  DEBTOR_COUNTRY("country", "debtor.address.countryCode", false,
      "pays", "code pays", "country", "country code", "countryCode"),
  DEBTOR_EMAIL("email", "debtor.email", false,
      "email", "e-mail", "mail", "courriel", "adresse email", "adresse e-mail",
      "adresse mail", "email address"),
  DEBTOR_PHONE("phone", "debtor.phone", false,
      "téléphone", "tél", "tel", "portable", "mobile", "n° téléphone", "numéro de téléphone",
      "phone", "phone number", "telephone"),
  INVOICE_NUMBER("invoice number", "invoiceNumber", true,
      "n° facture", "n° de facture", "numéro de facture", "numéro facture", "num facture",
      "no facture", "facture", "référence facture", "réf facture", "ref facture",
      "invoice", "invoice number", "invoice no", "invoice ref", "invoice reference",
      "invoice id"),
  INVOICE_DATE("invoice date", "invoiceDate", true,
      "date facture", "date de facture", "date de la facture", "date", "date d'émission",
      "date émission", "invoice date", "issue date", "date of invoice"),
  DUE_DATE("due date", "dueDate", true,
      "échéance", "date d'échéance", "date échéance", "date limite de paiement",
      "date de paiement prévue", "due date", "due", "payment due date"),
  PRINCIPAL("amount", "principal", true,
      "montant", "montant ttc", "montant dû", "montant du", "reste dû", "reste à payer",
      "montant restant dû", "solde", "solde dû", "total ttc", "impayé", "montant impayé",
      "amount", "amount due", "principal", "outstanding", "outstanding amount", "balance",
      "balance due", "open amount"),
  CURRENCY("currency", "currency", true,
      "devise", "monnaie", "currency", "currency code"),
  NATURE("claim nature", "nature", true,
      "nature", "nature créance", "nature de la créance", "type de créance", "clientèle",
      "claim nature", "claim type"),
  CONTRACT_RATE("contract rate", "contractRatePercent", true,
      "taux", "taux contractuel", "taux de pénalité", "taux des pénalités",
      "taux pénalités de retard", "taux de pénalités de retard", "taux d'intérêt",
      "contract rate", "penalty rate", "late penalty rate", "interest rate", "contractRate"),
  VAT_RATE("VAT rate", "vatPercent", true,
      "tva", "taux tva", "taux de tva", "taux de la tva", "tva %", "% tva",
      "vat", "vat rate", "vat %", "vat percent", "vatPercent"),
  FORMAL_NOTICE_DATE("formal notice date", "formalNoticeDate", false,
      "mise en demeure", "date mise en demeure", "date de mise en demeure", "date med",
      "med", "formal notice", "formal notice date", "notice date");

  private static final Map<String, ImportColumn> BY_KEY = new HashMap<>();

  static {
    for (ImportColumn column : values()) {
      for (String key : column.keys) {
        ImportColumn other = BY_KEY.putIfAbsent(key, column);
        if (other != null && other != column) {
          throw new IllegalStateException(
              "Header '" + key + "' is recognised for both " + other + " and " + column);
        }
      }
    }
  }

  private final String label;
  private final String path;
  private final boolean claimLevel;
  private final Set<String> keys;

  ImportColumn(String label, String path, boolean claimLevel, String... headers) {
    this.label = label;
    this.path = path;
    this.claimLevel = claimLevel;
    Set<String> k = new LinkedHashSet<>();
    for (String header : headers) {
      k.add(TextKey.of(header));
    }
    k.add(TextKey.of(path));
    k.add(TextKey.of(path.substring(path.lastIndexOf('.') + 1)));
    this.keys = Collections.unmodifiableSet(k);
  }

  /** The column a header stands for, if it is one Recova recognises. */
  public static Optional<ImportColumn> recognise(String header) {
    return Optional.ofNullable(BY_KEY.get(TextKey.of(header)));
  }

  /** The column whose field has this path ({@code debtor.name}, or {@code dueDate} in a claim). */
  static Optional<ImportColumn> byPath(String path, boolean claimLevel) {
    for (ImportColumn column : values()) {
      if (column.claimLevel == claimLevel && column.path.equals(path)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** The field's name for a creditor's accountant, e.g. "due date". */
  public String label() {
    return label;
  }

  /**
   * The field's path in {@code NewCase}: {@code debtor.name} for the case's fields, the name
   * inside {@code claims[i]} (e.g. {@code dueDate}) for a claim's.
   */
  public String path() {
    return path;
  }

  /** Whether the field belongs to one invoice rather than to the whole case. */
  public boolean claimLevel() {
    return claimLevel;
  }

  /** The required columns: without them no row of the file could make a valid claim. */
  public static List<ImportColumn> required() {
    return List.of(DEBTOR_NAME, INVOICE_NUMBER, INVOICE_DATE, DUE_DATE, PRINCIPAL);
  }
}
