package io.recova.agency.casefile;

import io.recova.agency.security.Caller;
import java.util.UUID;

/**
 * A case entered a closed stage (paid, settled, irrecoverable, returned to the client), in the
 * transaction that closed it: what other parts settle at the end of a case observe it (the costs
 * the debtor never repaid fall to their bearer).
 */
public record CaseClosed(UUID caseId, UUID creditorId, String caseReference, Stage stage,
    Caller actor) {}
