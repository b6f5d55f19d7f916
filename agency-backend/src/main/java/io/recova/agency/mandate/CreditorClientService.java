package io.recova.agency.mandate;

import io.recova.agency.platform.Page;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of creditor clients and their mandates. Every method applies the current caller's
 * scope: a client user sees only its own creditor.
 */
public interface CreditorClientService {

  /** All creditor clients, by name. Agency staff only; a client user gets ForbiddenException. */
  List<CreditorClientView> list();

  /** One page (0-based) of creditor clients, by name. Agency staff only. */
  Page<CreditorClientView> page(int page, int size);

  /** One creditor client; NotFoundException when absent or not visible to the caller. */
  CreditorClientView get(UUID id);

  /** The creditor a client user is bound to; empty for agency staff. */
  Optional<CreditorClientView> ownCreditor();

  /**
   * Registers a creditor client and its mandate. Manager only (ForbiddenException);
   * InvalidInputException listing every invalid field, nothing stored.
   */
  CreditorClientView register(NewCreditorClient command);

  /**
   * The fee schedule of a creditor's mandate, as the fee calculator reads it; NotFoundException
   * when absent or not visible to the caller.
   */
  FeeSchedule feeSchedule(UUID creditorId);

  /**
   * Replaces the fee schedule of a creditor's mandate (an amendment signed with the creditor),
   * audited with the schedule before and after. Manager only (ForbiddenException);
   * NotFoundException; InvalidInputException listing every invalid field, nothing changed.
   */
  FeeScheduleView changeFees(UUID creditorId, FeeScheduleCommand command);
}
