package io.recova.agency.mandate;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.organisation.Siren;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Page;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

@ApplicationScoped
// A refused look-up still commits its audit event: the 404 must not erase the trace.
@Transactional(dontRollbackOn = NotFoundException.class)
public class TransactionalCreditorClientService implements CreditorClientService {

  private static final Logger LOG =
      Logger.getLogger(TransactionalCreditorClientService.class.getName());

  @Inject CreditorClientRepository repository;
  @Inject CurrentCaller currentCaller;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<CreditorClientView> list() {
    requireAgencyStaff();
    return repository.list(0, Integer.MAX_VALUE).stream().map(CreditorClient::view).toList();
  }

  @Override
  public Page<CreditorClientView> page(int page, int size) {
    requireAgencyStaff();
    int safeSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
    int safePage = Math.max(0, page);
    List<CreditorClientView> items =
        repository.list(safePage * safeSize, safeSize).stream().map(CreditorClient::view).toList();
    return new Page<>(items, safePage, safeSize, repository.count());
  }

  @Override
  public CreditorClientView get(UUID id) {
    return visible(id).view();
  }

  /** The creditor client if the caller may see it; a refused look-up is audited. */
  private CreditorClient visible(UUID id) {
    Caller caller = currentCaller.get();
    Optional<CreditorClient> found = repository.find(id);
    if (found.isEmpty() || !caller.canSeeCreditor(id)) {
      if (found.isPresent()) {
        // A client user probing another creditor: refused as "not found", and worth a trace.
        LOG.warning(() -> caller + " asked for creditor " + id + " outside its scope");
        audit.record(caller, "creditor-client.access-refused", "CreditorClient", id, null, null);
      }
      throw new NotFoundException("Creditor client", id);
    }
    return found.get();
  }

  @Override
  public Optional<CreditorClientView> ownCreditor() {
    Caller caller = currentCaller.get();
    if (!caller.isCreditorScoped()) {
      return Optional.empty();
    }
    return caller.creditorId().flatMap(repository::find).map(CreditorClient::view);
  }

  @Override
  public FeeSchedule feeSchedule(UUID creditorId) {
    return visible(creditorId).mandate().feeSchedule();
  }

  @Override
  public FeeScheduleView changeFees(UUID creditorId, FeeScheduleCommand command) {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only a manager may change a mandate's fees");
    }
    CreditorClient client =
        repository
            .find(creditorId)
            .orElseThrow(() -> new NotFoundException("Creditor client", creditorId));
    FeeSchedule fees = FeeScheduleRules.build(command);
    FeeScheduleView before = client.mandate().feeSchedule().view();
    client.amendFees(fees);
    FeeScheduleView after = client.mandate().feeSchedule().view();
    audit.record(
        caller, "creditor-client.fees-changed", "CreditorClient", creditorId, before, after);
    return after;
  }

  @Override
  public CreditorClientView register(NewCreditorClient command) {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only a manager may register a creditor client");
    }
    LocalDate today = LocalDate.now(clock);
    CreditorClient client =
        CreditorClientFactory.register(command, UUID.randomUUID(), clock.instant(), today);
    Optional<Siren> siren = client.registrationNumber();
    if (siren.isPresent() && repository.findByRegistrationNumber(siren.get()).isPresent()) {
      throw new InvalidInputException(
          List.of(
              new FieldViolation(
                  "registrationNumber",
                  "siren.duplicate",
                  "A creditor client with SIREN " + siren.get() + " is already registered")));
    }
    repository.add(client);
    CreditorClientView view = client.view();
    audit.record(caller, "creditor-client.registered", "CreditorClient", client.id(), null, view);
    return view;
  }

  private void requireAgencyStaff() {
    Caller caller = currentCaller.get();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff may list creditor clients");
    }
  }
}
