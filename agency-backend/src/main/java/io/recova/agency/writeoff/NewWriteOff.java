package io.recova.agency.writeoff;

import io.recova.agency.certificate.IrrecoverabilityReason;
import java.util.List;
import java.util.UUID;

/**
 * A request to close a case as irrecoverable.
 *
 * @param evidenceDocumentIds documents already on the case that show why (a liquidation judgment,
 *     a procès-verbal de carence, a returned letter)
 */
public record NewWriteOff(IrrecoverabilityReason reason, List<UUID> evidenceDocumentIds, String note) {}
