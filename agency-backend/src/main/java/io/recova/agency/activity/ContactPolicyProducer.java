package io.recova.agency.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The agency's contact policy from configuration ({@code RECOVA_CONTACT_*}), D4 by default. */
@ApplicationScoped
public class ContactPolicyProducer {

  @Inject
  @ConfigProperty(name = "RECOVA_CONTACT_DAYS", defaultValue = "MON-FRI")
  String days;

  @Inject
  @ConfigProperty(name = "RECOVA_CONTACT_HOURS", defaultValue = "10:00-13:00,14:00-20:00")
  String hours;

  @Inject
  @ConfigProperty(name = "RECOVA_CONTACT_ZONE", defaultValue = "Europe/Paris")
  String zone;

  @Inject
  @ConfigProperty(name = "RECOVA_CONTACT_CALLS_PER_DAY", defaultValue = "1")
  int callsPerDay;

  @Inject
  @ConfigProperty(name = "RECOVA_CONTACT_CALLS_PER_WEEK", defaultValue = "7")
  int callsPerWeek;

  // Dependent: a record is final and cannot carry a normal-scope proxy.
  @Produces
  ContactPolicy contactPolicy() {
    return ContactPolicy.parse(days, hours, zone, callsPerDay, callsPerWeek);
  }
}
