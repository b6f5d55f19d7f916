package io.recova.portal.console;

import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.mandate.RemittanceFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the creditor client form holds while the manager types: a plain bean for the Binder, turned
 * into the service's command on save. Never an entity.
 */
class CreditorClientDraft {

  private String name = "";
  private String registrationNumber = "";
  private String address = "";
  private String contactEmail = "";
  private BigDecimal amicableFeePercent;
  private BigDecimal judicialFeePercent;
  private RemittanceFrequency remittanceFrequency = RemittanceFrequency.MONTHLY;
  private String iban = "";
  private String bic = "";
  private LocalDate signedOn;
  private Integer remittanceDelayDays;

  /** The command as typed; blank optional fields become null, the service checks everything. */
  NewCreditorClient toCommand() {
    return new NewCreditorClient(
        name.strip(),
        blankToNull(registrationNumber),
        blankToNull(address),
        blankToNull(contactEmail),
        amicableFeePercent,
        judicialFeePercent,
        remittanceFrequency,
        iban.strip(),
        blankToNull(bic),
        signedOn,
        null,
        null,
        null,
        null,
        null,
        remittanceDelayDays,
        // Who bears unrecoverable costs is a fee term, set with the fee schedule afterwards.
        null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  String getRegistrationNumber() {
    return registrationNumber;
  }

  void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  String getAddress() {
    return address;
  }

  void setAddress(String address) {
    this.address = address;
  }

  String getContactEmail() {
    return contactEmail;
  }

  void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  BigDecimal getAmicableFeePercent() {
    return amicableFeePercent;
  }

  void setAmicableFeePercent(BigDecimal amicableFeePercent) {
    this.amicableFeePercent = amicableFeePercent;
  }

  BigDecimal getJudicialFeePercent() {
    return judicialFeePercent;
  }

  void setJudicialFeePercent(BigDecimal judicialFeePercent) {
    this.judicialFeePercent = judicialFeePercent;
  }

  RemittanceFrequency getRemittanceFrequency() {
    return remittanceFrequency;
  }

  void setRemittanceFrequency(RemittanceFrequency remittanceFrequency) {
    this.remittanceFrequency = remittanceFrequency;
  }

  String getIban() {
    return iban;
  }

  void setIban(String iban) {
    this.iban = iban;
  }

  String getBic() {
    return bic;
  }

  void setBic(String bic) {
    this.bic = bic;
  }

  LocalDate getSignedOn() {
    return signedOn;
  }

  void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  Integer getRemittanceDelayDays() {
    return remittanceDelayDays;
  }

  void setRemittanceDelayDays(Integer remittanceDelayDays) {
    this.remittanceDelayDays = remittanceDelayDays;
  }
}
