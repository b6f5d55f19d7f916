package io.recova.agency.kpi;

import java.util.Locale;

/**
 * The KPIs, each defined once: its code (stable, for API clients and exports), its unit, its
 * label and definition in French and English (the text shown next to the figure), and its formula.
 * {@link KpiCalculator} computes them exactly as written here; a change of definition is a change
 * of both.
 *
 * <p>Common terms. The period is [from, to], both days included, in the agency's time zone. A
 * case's intake day is the day it was opened. A payment "not reversed" has no reversal (bounced
 * cheque, chargeback, withdrawn declaration). Unpaid principal is the case's principal less its
 * payments not reversed, never below zero (payments are counted against principal here, since these
 * figures measure the money entrusted). Open cases are those not closed paid, settled,
 * irrecoverable or returned to the creditor.
 */
public enum Kpi {
  AMOUNT_ENTRUSTED(KpiUnit.MONEY,
      "Montant confié", "Amount entrusted",
      "Principal des dossiers confiés pendant la période : somme du principal des créances de chaque"
          + " dossier dont le jour d'ouverture est compris entre le premier et le dernier jour de la"
          + " période inclus.",
      "Principal of the cases entrusted in the period: the sum of the claims' principal of every"
          + " case whose intake day falls between the period's first and last days, both included.",
      "Σ principal of cases with from ≤ intake day ≤ to"),
  COLLECTED_THROUGH_AGENCY(KpiUnit.MONEY,
      "Encaissé par le cabinet", "Collected through the agency",
      "Paiements reçus sur le compte de tiers du cabinet dont la date de valeur est dans la période,"
          + " moins les contre-passations (chèque impayé, rejet, erreur) datées de la période, tels"
          + " qu'inscrits au grand livre des fonds de tiers (compte TRUST_BANK).",
      "Payments received on the agency's third-party account with a value date in the period, less"
          + " the reversals (bounced cheque, chargeback, error) dated in the period, as written in"
          + " the trust ledger (account TRUST_BANK).",
      "Σ ledger TRUST_BANK debits − credits of payments received and their reversals, value date"
          + " in [from, to]"),
  COLLECTED_DIRECT(KpiUnit.MONEY,
      "Encaissé en direct par le créancier", "Collected directly by the creditor",
      "Paiements faits par les débiteurs directement au créancier et déclarés au cabinet, date de"
          + " valeur dans la période, moins les déclarations retirées datées de la période (compte"
          + " d'ordre DIRECT_COLLECTED du grand livre).",
      "Payments the debtors made directly to the creditor and declared to the agency, value date in"
          + " the period, less the declarations withdrawn in the period (ledger memo account"
          + " DIRECT_COLLECTED).",
      "Σ ledger DIRECT_COLLECTED debits − credits, value date in [from, to]"),
  COLLECTED_TOTAL(KpiUnit.MONEY,
      "Total encaissé", "Total collected",
      "Encaissé par le cabinet plus encaissé en direct par le créancier, sur la période.",
      "Collected through the agency plus collected directly by the creditor, in the period.",
      "COLLECTED_THROUGH_AGENCY + COLLECTED_DIRECT"),
  RECOVERY_RATE(KpiUnit.RATE,
      "Taux de recouvrement", "Recovery rate",
      "Part du montant confié pendant la période déjà recouvrée : paiements non contre-passés (cabinet"
          + " et direct) de date de valeur jusqu'au dernier jour de la période sur les dossiers"
          + " confiés pendant la période, divisés par leur principal. Décimale à 4 chiffres, arrondi"
          + " au plus proche ; peut dépasser 1 (intérêts, indemnité) ; vide si rien n'a été confié.",
      "Share of the amount entrusted in the period already recovered: payments not reversed"
          + " (through the agency and direct) with a value date up to the period's last day on the"
          + " cases entrusted in the period, divided by their principal. A decimal to 4 places, half"
          + " up; may exceed 1 (interest, indemnity); empty when nothing was entrusted.",
      "Σ payments on cases entrusted in [from, to], value date ≤ to / AMOUNT_ENTRUSTED"),
  REMITTED(KpiUnit.MONEY,
      "Reversé", "Remitted",
      "Montants reversés au créancier par les remises approuvées dont la date de fin de période (date"
          + " de valeur du virement) est dans la période (compte REMITTED du grand livre). Une"
          + " remise est faite par créancier : pas de valeur pour le périmètre d'un gestionnaire.",
      "Paid out to the creditor by approved remittance runs whose period end (the value date of"
          + " the transfer) falls in the period (ledger account REMITTED). A remittance pays a"
          + " creditor, not a collector: no value for a collector's scope.",
      "Σ ledger REMITTED debits − credits, value date in [from, to]"),
  AWAITING_REMITTANCE(KpiUnit.MONEY,
      "En attente de reversement", "Awaiting remittance",
      "Fonds détenus pour le créancier au dernier jour de la période et pas encore reversés :"
          + " encaissé par le cabinet moins honoraires, TVA et remises, date de valeur jusqu'à ce"
          + " jour (solde CREDITOR_PAYABLE), moins les trop-perçus conservés pour les débiteurs"
          + " (DOMAIN D3). Comprend les paiements pas encore compensés. Pas de valeur pour le"
          + " périmètre d'un gestionnaire.",
      "Funds held for the creditor on the period's last day and not yet remitted: collected through"
          + " the agency less fees, VAT and remittances, value date up to that day (balance of"
          + " CREDITOR_PAYABLE), less the overpayments held for the debtors (DOMAIN D3). Includes"
          + " payments not yet cleared. No value for a collector's scope.",
      "CREDITOR_PAYABLE balance at to − overpayments held at to"),
  CASES_BY_STAGE(KpiUnit.COUNT,
      "Dossiers par étape", "Cases by stage",
      "Dossiers ouverts jusqu'au dernier jour de la période inclus, comptés par leur étape actuelle.",
      "Cases opened up to the period's last day included, counted by their current stage.",
      "count of cases with intake day ≤ to, by current stage"),
  AMICABLE_CONVERSION_RATE(KpiUnit.RATE,
      "Taux de résolution amiable", "Amicable conversion rate",
      "Parmi les dossiers terminés pendant la période (clos payé, transigé, irrécouvrable ou rendu au"
          + " créancier, jour de clôture dans la période), part des dossiers clos payés ou transigés"
          + " sans procédure judiciaire (aucune procédure ouverte, jamais à l'étape judiciaire ou"
          + " exécution). 4 décimales, arrondi au plus proche ; vide si aucun dossier terminé.",
      "Of the cases whose work ended in the period (closed paid, settled, irrecoverable or returned"
          + " to the creditor, closing day in the period), the share closed paid or settled without"
          + " court (no proceeding opened, never at the judicial or enforcement stage). 4 decimals,"
          + " half up; empty when no case ended.",
      "cases closed paid or settled without court / cases closed, closing day in [from, to]"),
  AVERAGE_DAYS_TO_PAYMENT(KpiUnit.DAYS,
      "Délai moyen de paiement", "Average days to payment",
      "Dossiers clos payés en totalité pendant la période : jours entre l'ouverture du dossier et la"
          + " date de valeur de son dernier paiement non contre-passé ; moyenne à une décimale,"
          + " arrondi au plus proche ; vide si aucun.",
      "Cases closed as paid in full in the period: days from intake to the value date of the case's"
          + " last payment not reversed; the mean to one decimal, half up; empty when none.",
      "mean(last payment value date − intake day), cases closed paid in [from, to]"),
  MEDIAN_DAYS_TO_PAYMENT(KpiUnit.DAYS,
      "Délai médian de paiement", "Median days to payment",
      "Les mêmes dossiers et les mêmes jours que le délai moyen : la valeur du milieu (la moyenne des"
          + " deux du milieu pour un nombre pair), à une décimale ; vide si aucun.",
      "The same cases and days as the average: the middle value (the mean of the two middle ones for"
          + " an even count), to one decimal; empty when none.",
      "median(last payment value date − intake day), cases closed paid in [from, to]"),
  PROMISE_KEPT_RATE(KpiUnit.RATE,
      "Taux de promesses tenues", "Promise-kept rate",
      "Promesses de paiement dont le dernier jour (échéance plus le délai de grâce) tombe dans la"
          + " période et est passé : part des promesses tenues, c'est-à-dire payées en totalité par"
          + " des paiements non contre-passés datés du jour de la promesse à ce dernier jour."
          + " 4 décimales, arrondi au plus proche ; vide si aucune.",
      "Promises to pay whose last day (due date plus the grace days) falls in the period and has"
          + " passed: the share kept, i.e. paid in full by payments not reversed with value dates"
          + " from the day of the promise through that last day. 4 decimals, half up; empty when"
          + " none.",
      "kept promises / promises with from ≤ due date + grace ≤ to and due date + grace < today"),
  AT_RISK_NEAR_LIMITATION(KpiUnit.MONEY,
      "En risque : proche de la prescription", "At risk: near limitation",
      "Principal impayé des dossiers ouverts dont la date de prescription tombe entre le dernier jour"
          + " de la période et 90 jours après, inclus (DOMAIN R2).",
      "Unpaid principal of the open cases whose limitation date falls from the period's last day"
          + " to 90 days after it, both included (DOMAIN R2).",
      "Σ unpaid principal of open cases with to ≤ limitation date ≤ to + 90 days"),
  AT_RISK_BROKEN_PLANS(KpiUnit.MONEY,
      "En risque : échéanciers rompus", "At risk: broken plans",
      "Principal impayé des dossiers ouverts dont le dernier échéancier est rompu, la rupture"
          + " constatée au plus tard le dernier jour de la période.",
      "Unpaid principal of the open cases whose latest payment plan is breached, the breach"
          + " recorded on or before the period's last day.",
      "Σ unpaid principal of open cases whose latest plan breached on or before to"),
  FEES_EXCL_VAT(KpiUnit.MONEY,
      "Honoraires HT", "Fees excl. VAT",
      "Honoraires du cabinet facturés au créancier (commissions, frais de dossier, frais de"
          + " certificat) de date de valeur dans la période, moins leurs annulations datées de la"
          + " période, hors TVA (compte AGENCY_FEE_INCOME du grand livre).",
      "The agency's fees charged to the creditor (commissions, file fees, certificate fees) with a"
          + " value date in the period, less their reversals dated in the period, excluding VAT"
          + " (ledger account AGENCY_FEE_INCOME).",
      "Σ ledger AGENCY_FEE_INCOME credits − debits, value date in [from, to]"),
  FEES_VAT(KpiUnit.MONEY,
      "TVA sur honoraires", "VAT on fees",
      "TVA sur ces honoraires (compte VAT_PAYABLE du grand livre, DOMAIN D6).",
      "VAT on those fees (ledger account VAT_PAYABLE, DOMAIN D6).",
      "Σ ledger VAT_PAYABLE credits − debits, value date in [from, to]");

  /** How far ahead of the period's end a limitation date puts a case at risk. */
  public static final int NEAR_LIMITATION_DAYS = 90;

  private final KpiUnit unit;
  private final String labelFr;
  private final String labelEn;
  private final String definitionFr;
  private final String definitionEn;
  private final String formula;

  Kpi(KpiUnit unit, String labelFr, String labelEn, String definitionFr, String definitionEn,
      String formula) {
    this.unit = unit;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.definitionFr = definitionFr;
    this.definitionEn = definitionEn;
    this.formula = formula;
  }

  public KpiUnit unit() {
    return unit;
  }

  public String label(Locale locale) {
    return isFrench(locale) ? labelFr : labelEn;
  }

  public String definition(Locale locale) {
    return isFrench(locale) ? definitionFr : definitionEn;
  }

  public String formula() {
    return formula;
  }

  /** French unless English is asked for: the agency and most creditors are French. */
  static boolean isFrench(Locale locale) {
    return locale == null || !"en".equals(locale.getLanguage());
  }
}
