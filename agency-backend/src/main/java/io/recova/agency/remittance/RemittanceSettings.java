package io.recova.agency.remittance;

import io.recova.agency.payment.PaymentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remittance settings from configuration: the clearing delays by method
 * ({@code RECOVA_CLEARING_DAYS_*}) and the BIC of the agency's trust account, the debtor account
 * of the SEPA file (its IBAN and the agency's name are the agency identity's).
 */
@ApplicationScoped
public class RemittanceSettings {

  @Inject
  @ConfigProperty(name = "RECOVA_CLEARING_DAYS_BANK_TRANSFER", defaultValue = "0")
  int transferDays;

  @Inject
  @ConfigProperty(name = "RECOVA_CLEARING_DAYS_CARD", defaultValue = "2")
  int cardDays;

  @Inject
  @ConfigProperty(name = "RECOVA_CLEARING_DAYS_CHEQUE", defaultValue = "10")
  int chequeDays;

  @Inject
  @ConfigProperty(name = "RECOVA_CLEARING_DAYS_CASH", defaultValue = "0")
  int cashDays;

  @Inject
  @ConfigProperty(name = "RECOVA_AGENCY_BIC", defaultValue = "BNPAFRPPXXX")
  String agencyBic;

  public ClearingDelays clearingDelays() {
    return new ClearingDelays(Map.of(PaymentMethod.BANK_TRANSFER, transferDays,
        PaymentMethod.CARD, cardDays, PaymentMethod.CHEQUE, chequeDays,
        PaymentMethod.CASH, cashDays));
  }

  public String agencyBic() {
    return agencyBic;
  }
}
