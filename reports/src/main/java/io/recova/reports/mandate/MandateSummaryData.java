package io.recova.reports.mandate;

import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.mandate.FeeSchedule;
import io.recova.agency.mandate.FeeScheduleView;
import io.recova.agency.mandate.MandateTerms;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What the mandate summary prints, already formatted for its language. Each component fills the
 * template parameter of the same name ({@code mandate-summary.jrxml}).
 */
public record MandateSummaryData(
    String agencyName,
    String agencyActivity,
    String agencyAddress,
    String agencyRegistrationNumber,
    String agencyEmail,
    String agencyPhone,
    String creditorId,
    String creditorName,
    String creditorRegistrationNumber,
    String creditorAddress,
    String creditorEmail,
    String amicableFee,
    String judicialFee,
    String feeTiers,
    String fileFee,
    String certificateFee,
    String lateInterestKeptBy,
    String indemnityKeptBy,
    String unrecoverableCostsBorneBy,
    String remittanceFrequency,
    String iban,
    String bic,
    String signedOn,
    String registeredOn,
    String printedOn) {

  /** Printed where a value (a BIC, an e-mail) was not given: a cell must never read "null". */
  static final String NOT_GIVEN = "—";

  /**
   * @param labels the report's resource bundle, for the remittance frequency's wording
   * @param zone the agency's time zone, which turns the registration instant into a date
   */
  static MandateSummaryData of(
      CreditorClientView client,
      AgencyIdentity agency,
      DocumentFormat format,
      ResourceBundle labels,
      LocalDate printedOn,
      ZoneId zone) {
    MandateTerms terms = client.mandate();
    return new MandateSummaryData(
        orNotGiven(agency.name()),
        AgencyIdentity.ACTIVITY,
        orNotGiven(agency.address()),
        orNotGiven(DocumentFormat.siren(agency.registrationNumber())),
        orNotGiven(agency.email()),
        orNotGiven(agency.phone()),
        client.id().toString(),
        orNotGiven(client.name()),
        orNotGiven(DocumentFormat.siren(client.registrationNumber())),
        orNotGiven(client.address()),
        orNotGiven(client.contactEmail()),
        format.percent(terms.amicableFeePercent()),
        format.percent(terms.judicialFeePercent()),
        tiers(terms.fees(), format, labels),
        format.money(Money.of(terms.fees().fileFee(), FeeSchedule.EUR)),
        format.money(Money.of(terms.fees().certificateFee(), FeeSchedule.EUR)),
        labels.getString("keptBy." + terms.fees().lateInterestKeptBy().name()),
        labels.getString("keptBy." + terms.fees().indemnityKeptBy().name()),
        labels.getString("keptBy." + terms.fees().unrecoverableCostsBorneBy().name()),
        labels.getString("frequency." + terms.remittanceFrequency().name()) + ", "
            + (terms.remittanceDelayDays() == null ? labels.getString("delay.legal")
                : java.text.MessageFormat.format(labels.getString("delay.days"),
                    terms.remittanceDelayDays())),
        terms.ibanForPrint(),
        orNotGiven(terms.bic()),
        format.date(terms.signedOn()),
        client.registeredAt() == null
            ? NOT_GIVEN
            : format.date(LocalDate.ofInstant(client.registeredAt(), zone)),
        format.date(printedOn));
  }

  /** The template's parameters, by component name. */
  Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (RecordComponent component : MandateSummaryData.class.getRecordComponents()) {
      try {
        parameters.put(component.getName(), component.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component.getName(), e);
      }
    }
    return Collections.unmodifiableMap(parameters);
  }

  /** The marginal tiers on one line each: "above 5,000.00 €: 10.00% amicable, 12.00% judicial". */
  private static String tiers(FeeScheduleView fees, DocumentFormat format, ResourceBundle labels) {
    if (fees.tiers().isEmpty()) {
      return labels.getString("terms.tiers.none");
    }
    return fees.tiers().stream()
        .map(t -> MessageFormat.format(labels.getString("terms.tiers.item"),
            format.money(Money.of(t.above(), FeeSchedule.EUR)),
            format.percent(t.amicableFeePercent()),
            format.percent(t.judicialFeePercent())))
        .collect(Collectors.joining("\n"));
  }

  private static String orNotGiven(String value) {
    return value == null || value.isBlank() ? NOT_GIVEN : value;
  }
}
