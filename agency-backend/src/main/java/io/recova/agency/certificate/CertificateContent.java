package io.recova.agency.certificate;

import io.recova.agency.organisation.AgencyIdentity;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an irrecoverability certificate says (DOMAIN R5.2), gathered when it is issued and
 * never recomputed: the PDF made from it is what the creditor keeps.
 *
 * @param replacesNumber the number of the certificate this one replaces, or null
 * @param debtorAddress the debtor's last known address, lines joined by new lines
 */
public record CertificateContent(
    String number,
    LocalDate issuedOn,
    String language,
    String replacesNumber,
    AgencyIdentity agency,
    String creditorName,
    String creditorRegistrationNumber,
    String creditorAddress,
    String debtorName,
    String debtorRegistrationNumber,
    String debtorAddress,
    String caseReference,
    CertificateAmounts amounts,
    IrrecoverabilityReason reason,
    String reasonNote,
    List<CertificateStep> steps) {

  public CertificateContent {
    steps = List.copyOf(steps);
  }
}
