package io.recova.agency.kpi;

import java.util.Locale;

/**
 * The ageing buckets of the aged balance, by days past due on the as-of date (as-of date minus the
 * claim's due date): not yet due (due after the as-of date), 0–30 (due that day up to 30 days
 * before), 31–60, 61–90, over 90.
 */
public enum AgeBucket {
  NOT_DUE(Long.MIN_VALUE, -1, "Non échu", "Not yet due"),
  DAYS_0_30(0, 30, "0 à 30 jours de retard", "0–30 days past due"),
  DAYS_31_60(31, 60, "31 à 60 jours de retard", "31–60 days past due"),
  DAYS_61_90(61, 90, "61 à 90 jours de retard", "61–90 days past due"),
  OVER_90(91, Long.MAX_VALUE, "Plus de 90 jours de retard", "Over 90 days past due");

  /** The definition shown with the aged balance, in the two languages. */
  static final String DEFINITION_FR = "Principal impayé des créances des dossiers ouverts à la date"
      + " d'arrêté (ouverts au plus tard ce jour-là et pas encore clos), classé par jours de retard"
      + " à cette date (date d'arrêté moins date d'échéance de la créance). Les paiements non"
      + " contre-passés de date de valeur jusqu'à la date d'arrêté sont imputés sur les créances du"
      + " dossier de la plus ancienne échéance à la plus récente (DOMAIN D3) ; une créance soldée"
      + " n'est pas comptée. Montants en euros.";
  static final String DEFINITION_EN = "Unpaid principal of the claims of the cases open on the"
      + " as-of date (opened by that day and not closed yet), by days past due on that date (as-of"
      + " date minus the claim's due date). Payments not reversed with a value date up to the as-of"
      + " date are applied to the case's claims oldest due date first (DOMAIN D3); a claim paid in"
      + " full is not counted. Amounts in euros.";

  private final long minDays;
  private final long maxDays;
  private final String labelFr;
  private final String labelEn;

  AgeBucket(long minDays, long maxDays, String labelFr, String labelEn) {
    this.minDays = minDays;
    this.maxDays = maxDays;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** The bucket of a claim this many days past due (negative: not due yet). */
  public static AgeBucket of(long daysPastDue) {
    for (AgeBucket b : values()) {
      if (daysPastDue >= b.minDays && daysPastDue <= b.maxDays) {
        return b;
      }
    }
    throw new IllegalStateException("The buckets cover every day count");
  }

  public String label(Locale locale) {
    return Kpi.isFrench(locale) ? labelFr : labelEn;
  }

  static String definition(Locale locale) {
    return Kpi.isFrench(locale) ? DEFINITION_FR : DEFINITION_EN;
  }
}
