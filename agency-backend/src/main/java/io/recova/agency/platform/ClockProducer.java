package io.recova.agency.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application. Legal dates (due dates, formal notices, limitation) are French
 * calendar dates, so the zone is the agency's, not the server's.
 */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "RECOVA_TIMEZONE", defaultValue = "Europe/Paris")
  String zone;

  @Produces
  Clock clock() {
    return Clock.system(ZoneId.of(zone));
  }
}
