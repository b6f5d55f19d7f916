package io.recova.agency.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the SMTP settings from the environment (or system properties). */
@ApplicationScoped
public class MailSettingsProducer {

  @Inject
  @ConfigProperty(name = "RECOVA_SMTP_HOST")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "RECOVA_SMTP_PORT", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "RECOVA_SMTP_FROM", defaultValue = "recouvrement@recova.example")
  String from;

  @Inject
  @ConfigProperty(name = "RECOVA_SMTP_USERNAME")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "RECOVA_SMTP_PASSWORD")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "RECOVA_SMTP_STARTTLS", defaultValue = "false")
  boolean startTls;

  @Produces
  MailSettings mailSettings() {
    return new MailSettings(host.filter(h -> !h.isBlank()), port, from,
        username.filter(u -> !u.isBlank()), password, startTls);
  }
}
