package io.recova.agency.letter;

import java.util.Optional;
import java.util.Properties;

/**
 * Where and as whom Recova sends e-mail.
 *
 * @param host the SMTP server; empty when none is configured, in which case e-mail is refused
 * @param startTls whether to require STARTTLS before authenticating
 */
public record MailSettings(
    Optional<String> host, int port, String from, Optional<String> username,
    Optional<String> password, boolean startTls) {

  /** The Jakarta Mail session properties for these settings. */
  Properties sessionProperties() {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host.orElseThrow());
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.smtp.from", from);
    p.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
    // A mail server that hangs must not hold a collector's request (and its case lock) for long.
    p.setProperty("mail.smtp.connectiontimeout", "10000");
    p.setProperty("mail.smtp.timeout", "20000");
    p.setProperty("mail.smtp.writetimeout", "20000");
    return p;
  }
}
