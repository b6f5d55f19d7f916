package io.recova.portal;

import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.mandate.MandateTerms;
import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.platform.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A creditor client service for view tests: holds a list, answers the caller's own creditor, and
 * registers through a function the test chooses (to succeed or to throw).
 */
public class FakeCreditorClients implements CreditorClientService {

  public final List<CreditorClientView> clients = new ArrayList<>();
  public final List<NewCreditorClient> registered = new ArrayList<>();
  public Optional<CreditorClientView> own = Optional.empty();
  public Function<NewCreditorClient, CreditorClientView> onRegister = FakeCreditorClients::viewOf;
  public int listings;
  public final List<io.recova.agency.mandate.FeeScheduleCommand> feeChanges = new ArrayList<>();
  /** Answers a fee amendment (or throws, as the test chooses); the schedule of Martin by default. */
  public Function<io.recova.agency.mandate.FeeScheduleCommand, io.recova.agency.mandate.FeeScheduleView>
      onChangeFees = command -> martin().mandate().fees();

  public static CreditorClientView martin() {
    return new CreditorClientView(
        UUID.fromString("0b7f1c1e-5d6a-4c1e-9a51-6a1f3c2b9d01"),
        "Martin Matériaux SAS",
        "552100554",
        "8 rue des Forges, 69007 Lyon",
        "compta@martin.example",
        new MandateTerms(
            new BigDecimal("12.50"),
            new BigDecimal("18.00"),
            RemittanceFrequency.MONTHLY,
            "FR7630006000011234567890189",
            "AGRIFRPP",
            LocalDate.of(2025, 11, 3)),
        Instant.parse("2025-11-03T09:15:00Z"));
  }

  static CreditorClientView viewOf(NewCreditorClient command) {
    return new CreditorClientView(
        UUID.randomUUID(),
        command.name(),
        command.registrationNumber(),
        command.address(),
        command.contactEmail(),
        new MandateTerms(
            command.amicableFeePercent(),
            command.judicialFeePercent(),
            command.remittanceFrequency(),
            command.iban().replace(" ", ""),
            command.bic(),
            command.signedOn()),
        Instant.now());
  }

  @Override
  public List<CreditorClientView> list() {
    listings++;
    return List.copyOf(clients);
  }

  @Override
  public Page<CreditorClientView> page(int page, int size) {
    listings++;
    int from = Math.min(page * size, clients.size());
    int to = Math.min(from + size, clients.size());
    return new Page<>(List.copyOf(clients.subList(from, to)), page, size, clients.size());
  }

  @Override
  public CreditorClientView get(UUID id) {
    throw new AssertionError("a view must not look up a creditor by id");
  }

  @Override
  public Optional<CreditorClientView> ownCreditor() {
    return own;
  }

  @Override
  public CreditorClientView register(NewCreditorClient command) {
    CreditorClientView created = onRegister.apply(command);
    registered.add(command);
    clients.add(created);
    return created;
  }

  @Override
  public io.recova.agency.mandate.FeeSchedule feeSchedule(UUID creditorId) {
    throw new AssertionError("no view reads a fee schedule through the domain");
  }

  @Override
  public io.recova.agency.mandate.FeeScheduleView changeFees(
      UUID creditorId, io.recova.agency.mandate.FeeScheduleCommand command) {
    io.recova.agency.mandate.FeeScheduleView changed = onChangeFees.apply(command);
    feeChanges.add(command);
    return changed;
  }
}
