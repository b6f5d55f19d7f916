package io.recova.agency.demo;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseIntake;
import io.recova.agency.casefile.NewCase;
import io.recova.agency.mandate.CreditorClient;
import io.recova.agency.mandate.CreditorClientFactory;
import io.recova.agency.mandate.CreditorClientRepository;
import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo creditors on start-up unless {@code RECOVA_DEMO=false}. Idempotent: a creditor
 * already present (by id) is left as it is. The two first ids are those the Keycloak demo users
 * {@code martin} and {@code dupont} carry in their {@code creditor_id} attribute.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

  public static final UUID MARTIN = UUID.fromString("11111111-1111-4111-8111-111111111111");
  public static final UUID DUPONT = UUID.fromString("22222222-2222-4222-8222-222222222222");
  public static final UUID LUMIERE = UUID.fromString("33333333-3333-4333-8333-333333333333");

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "RECOVA_DEMO", defaultValue = "true")
  boolean enabled;

  @Inject CreditorClientRepository repository;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject CaseIntake intake;

  private record DemoCreditor(UUID id, NewCreditorClient terms) {}

  @PostConstruct
  void seed() {
    if (!enabled) {
      LOG.info("Demo data disabled (RECOVA_DEMO=false)");
      return;
    }
    int added = 0;
    for (DemoCreditor demo : creditors()) {
      if (repository.find(demo.id()).isEmpty()) {
        CreditorClient client =
            CreditorClientFactory.register(
                demo.terms(), demo.id(), clock.instant(), LocalDate.now(clock));
        repository.add(client);
        audit.record(
            Caller.system(), "creditor-client.seeded", "CreditorClient", client.id(), null,
            client.view());
        added++;
      }
    }
    int seeded = added;
    LOG.info(() -> "Demo data: " + seeded + " creditor client(s) added");
    LocalDate today = LocalDate.now(clock);
    int cases = 0;
    for (NewCase c : DemoCases.portfolio("MM", today, 14)) {
      cases += intake.seed(Caller.system(), MARTIN, c) ? 1 : 0;
    }
    for (NewCase c : DemoCases.portfolio("DE", today, 8)) {
      cases += intake.seed(Caller.system(), DUPONT, c) ? 1 : 0;
    }
    int opened = cases;
    LOG.info(() -> "Demo data: " + opened + " case(s) opened");
  }

  private static List<DemoCreditor> creditors() {
    return List.of(
        new DemoCreditor(
            MARTIN,
            new NewCreditorClient(
                "Martin Matériaux SAS",
                "732829320",
                "18 avenue Jean Jaurès, 69007 Lyon",
                "compta@martin-materiaux.example",
                new BigDecimal("12.50"),
                new BigDecimal("18.00"),
                RemittanceFrequency.MONTHLY,
                "FR76 3000 6000 0112 3456 7890 189",
                "AGRIFRPP",
                LocalDate.of(2026, 1, 15))),
        new DemoCreditor(
            DUPONT,
            new NewCreditorClient(
                "Dupont Équipements SARL",
                "542051180",
                "4 rue des Tanneurs, 59000 Lille",
                "factures@dupont-equipements.example",
                new BigDecimal("10.00"),
                new BigDecimal("15.00"),
                RemittanceFrequency.WEEKLY,
                "FR14 2004 1010 0505 0001 3M02 606",
                null,
                LocalDate.of(2026, 3, 2))),
        new DemoCreditor(
            LUMIERE,
            new NewCreditorClient(
                "Clinique Vétérinaire de la Lumière",
                null,
                "7 place Bellecour, 69002 Lyon",
                null,
                new BigDecimal("15.00"),
                new BigDecimal("20.00"),
                RemittanceFrequency.QUARTERLY,
                "DE89 3704 0044 0532 0130 00",
                "COBADEFFXXX",
                LocalDate.of(2025, 11, 3))));
  }
}
