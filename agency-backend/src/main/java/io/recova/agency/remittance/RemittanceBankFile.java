package io.recova.agency.remittance;

import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.platform.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The SEPA credit transfer file of an approved run: one transfer per creditor paid, from the
 * agency's trust account ({@code RECOVA_AGENCY_NAME}, {@code RECOVA_AGENCY_TRUST_IBAN},
 * {@code RECOVA_AGENCY_BIC}), to execute on the day it is downloaded.
 */
@ApplicationScoped
public class RemittanceBankFile {

  @Inject Remittances remittances;
  @Inject AgencyIdentity agency;
  @Inject RemittanceSettings settings;
  @Inject Clock clock;

  /**
   * @throws ConflictException when the run is a draft, or pays nothing (only fees netted)
   */
  public byte[] of(UUID runId) {
    RemittanceRunView run = remittances.approvedForTransfer(runId);
    String reference = "RECOVA-" + run.id().toString().substring(0, 8).toUpperCase();
    List<SepaCreditTransferFile.Transfer> transfers = run.lines().stream()
        .filter(l -> !l.amount().isZero())
        .map(l -> new SepaCreditTransferFile.Transfer(
            reference + "-" + l.creditorId().toString().substring(0, 8).toUpperCase(),
            l.creditorName(), l.iban(), l.bic(), l.amount(),
            "Reversement " + reference + " periode au " + run.periodEnd()))
        .toList();
    if (transfers.isEmpty()) {
      throw new ConflictException("remittance.nothing-to-transfer",
          "The run transfers nothing: no bank file");
    }
    return SepaCreditTransferFile.write(
        new SepaCreditTransferFile.Debtor(agency.name(), agency.trustAccountIban(),
            settings.agencyBic()),
        reference, clock.instant(), LocalDate.now(clock), transfers);
  }
}
