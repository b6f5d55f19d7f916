package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The SEPA credit transfer initiation file of a remittance run (ISO 20022 pain.001.001.03, the
 * version French banks accept for SEPA transfers): one payment information block debiting the
 * agency's trust account, one transaction per creditor paid.
 *
 * <p>Written with the JDK's StAX writer rather than generated JAXB classes: the message uses a
 * dozen of the schema's hundreds of types, and the tests validate every file against the XSD
 * ({@code /standards/pain.001.001.03.xsd}), which is the guarantee that matters.
 */
public final class SepaCreditTransferFile {

  static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
  /** Max35Text for identifiers, Max140Text for names and remittance information. */
  private static final int ID_LENGTH = 35;
  private static final int TEXT_LENGTH = 140;

  private SepaCreditTransferFile() {}

  /** The account the transfers leave: the agency's third-party funds account (R124-2). */
  public record Debtor(String name, String iban, String bic) {
    public Debtor {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(iban, "iban");
    }
  }

  /**
   * One transfer to a creditor.
   *
   * @param endToEndId the reference the creditor's bank passes on: the run and the creditor
   * @param bic null when the creditor's mandate gave none (optional in SEPA since 2016)
   */
  public record Transfer(String endToEndId, String creditorName, String iban, String bic,
      Money amount, String remittanceInformation) {
    public Transfer {
      Objects.requireNonNull(amount, "amount");
      if (amount.isZero() || amount.isNegative() || !"EUR".equals(amount.currency()
          .getCurrencyCode())) {
        throw new IllegalArgumentException("A SEPA transfer is an amount in euros above zero: "
            + amount);
      }
    }
  }

  /**
   * @param messageId unique per file: the banks refuse a message id seen before
   * @throws IllegalArgumentException when there is no transfer (a file holds at least one)
   */
  public static byte[] write(Debtor debtor, String messageId, Instant createdAt,
      LocalDate executionDate, List<Transfer> transfers) {
    if (transfers.isEmpty()) {
      throw new IllegalArgumentException("A credit transfer file holds at least one transfer");
    }
    Money total = transfers.stream().map(Transfer::amount).reduce(Money::plus).orElseThrow();
    String count = Integer.toString(transfers.size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory()
          .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      w.setDefaultNamespace(NAMESPACE);
      w.writeStartElement(NAMESPACE, "Document");
      w.writeDefaultNamespace(NAMESPACE);
      w.writeStartElement("CstmrCdtTrfInitn");

      w.writeStartElement("GrpHdr");
      text(w, "MsgId", clip(messageId, ID_LENGTH));
      text(w, "CreDtTm", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
          createdAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toLocalDateTime()));
      text(w, "NbOfTxs", count);
      text(w, "CtrlSum", total.amount().toPlainString());
      element(w, "InitgPty", x -> text(x, "Nm", clip(debtor.name(), TEXT_LENGTH)));
      w.writeEndElement();

      w.writeStartElement("PmtInf");
      text(w, "PmtInfId", clip(messageId, ID_LENGTH));
      text(w, "PmtMtd", "TRF");
      text(w, "NbOfTxs", count);
      text(w, "CtrlSum", total.amount().toPlainString());
      element(w, "PmtTpInf", x -> element(x, "SvcLvl", y -> text(y, "Cd", "SEPA")));
      text(w, "ReqdExctnDt", executionDate.toString());
      element(w, "Dbtr", x -> text(x, "Nm", clip(debtor.name(), TEXT_LENGTH)));
      account(w, "DbtrAcct", debtor.iban());
      agent(w, "DbtrAgt", debtor.bic());
      text(w, "ChrgBr", "SLEV");
      for (Transfer t : transfers) {
        w.writeStartElement("CdtTrfTxInf");
        element(w, "PmtId", x -> text(x, "EndToEndId", clip(t.endToEndId(), ID_LENGTH)));
        w.writeStartElement("Amt");
        w.writeStartElement("InstdAmt");
        w.writeAttribute("Ccy", "EUR");
        w.writeCharacters(t.amount().amount().toPlainString());
        w.writeEndElement();
        w.writeEndElement();
        if (t.bic() != null && !t.bic().isBlank()) {
          agent(w, "CdtrAgt", t.bic());
        }
        element(w, "Cdtr", x -> text(x, "Nm", clip(t.creditorName(), TEXT_LENGTH)));
        account(w, "CdtrAcct", t.iban());
        element(w, "RmtInf", x -> text(x, "Ustrd",
            clip(t.remittanceInformation(), TEXT_LENGTH)));
        w.writeEndElement();
      }
      w.writeEndElement();

      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the credit transfer file", e);
    } catch (Unchecked e) {
      throw new IllegalStateException("Cannot write the credit transfer file", e.getCause());
    }
    return out.toByteArray();
  }

  private static void account(XMLStreamWriter w, String name, String iban) {
    // The schema's IBAN has no spaces: the printed form "FR76 3000 ..." is for people.
    String compact = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    element(w, name, x -> element(x, "Id", y -> text(y, "IBAN", compact)));
  }

  private static void agent(XMLStreamWriter w, String name, String bic) {
    element(w, name, x -> element(x, "FinInstnId", y -> {
      if (bic == null || bic.isBlank()) {
        // No BIC known: the schema's "not provided" identification (EPC rulebook, IBAN-only).
        element(y, "Othr", z -> text(z, "Id", "NOTPROVIDED"));
      } else {
        text(y, "BIC", bic.strip().toUpperCase(java.util.Locale.ROOT));
      }
    }));
  }

  private static void element(XMLStreamWriter w, String name, Consumer<XMLStreamWriter> body) {
    try {
      w.writeStartElement(name);
      body.accept(w);
      w.writeEndElement();
    } catch (XMLStreamException e) {
      throw new Unchecked(e);
    }
  }

  private static void text(XMLStreamWriter w, String name, String value) {
    try {
      w.writeStartElement(name);
      w.writeCharacters(value);
      w.writeEndElement();
    } catch (XMLStreamException e) {
      throw new Unchecked(e);
    }
  }

  private static String clip(String value, int length) {
    String v = value == null ? "" : value.strip();
    return v.length() <= length ? v : v.substring(0, length);
  }

  /** Carries a StAX exception out of the lambdas that write nested elements. */
  private static final class Unchecked extends RuntimeException {
    Unchecked(XMLStreamException cause) {
      super(cause);
    }
  }
}
