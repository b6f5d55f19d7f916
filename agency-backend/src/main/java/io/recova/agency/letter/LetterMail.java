package io.recova.agency.letter;

import io.recova.agency.platform.UnavailableException;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/** Sends a letter by e-mail through the configured SMTP server, the PDF attached. */
@ApplicationScoped
public class LetterMail {

  private static final Logger LOG = Logger.getLogger(LetterMail.class.getName());

  @Inject MailSettings settings;

  /**
   * Sends the letter; returns only once the server accepted it.
   *
   * @throws UnavailableException when no server is configured or the server refuses or fails
   */
  public void send(LetterContent letter, String to, byte[] pdf, String fileName) {
    if (settings.host().isEmpty()) {
      throw new UnavailableException("mail.not-configured",
          "No mail server is configured (RECOVA_SMTP_HOST); send the letter by post");
    }
    try {
      Session session = Session.getInstance(settings.sessionProperties(), authenticator());
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from(), letter.agency().name(), "UTF-8"));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject(letter), "UTF-8");
      message.setSentDate(new Date());
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body(letter), "UTF-8");
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
      attachment.setFileName(fileName);
      message.setContent(new MimeMultipart(text, attachment));
      message.saveChanges();
      Transport.send(message);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      LOG.warning("Letter " + letter.reference() + " not sent: " + e);
      throw new UnavailableException("mail.failed",
          "The mail server did not accept letter " + letter.reference() + ": " + e.getMessage());
    }
  }

  static String subject(LetterContent letter) {
    return MessageFormat.format(labels(letter.language()).getString(
        "subject." + letter.kind().name()), letter.reference());
  }

  static String body(LetterContent letter) {
    Locale locale = letter.language();
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale);
    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(letter.totals().due().currency());
    BigDecimal due = letter.totals().due().amount();
    return MessageFormat.format(labels(locale).getString("body"), letter.reference(),
        dates.format(letter.date()), letter.creditor().name(), money.format(due),
        dates.format(letter.payBy()), letter.agency().phone(),
        letter.collectorName() == null ? "" : letter.collectorName(), letter.agency().name());
  }

  private static ResourceBundle labels(Locale locale) {
    return ResourceBundle.getBundle("io.recova.agency.letter.letter_mail",
        Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private Authenticator authenticator() {
    if (settings.username().isEmpty()) {
      return null;
    }
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.username().get(),
            settings.password().orElse(""));
      }
    };
  }
}
