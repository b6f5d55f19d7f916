package io.recova.agency.casefile;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the guards of the case lifecycle need to know about a dossier when it is asked to move.
 *
 * @param stage the current stage
 * @param suspendedFrom the stage a DISPUTED or ON_HOLD case resumes to
 * @param formalNoticeOnFile a formal notice was sent (date recorded on the case)
 * @param enforceableTitleOnFile a judgment or other enforceable title is recorded
 * @param amountDue what the debtor still owes today
 */
public record CaseFacts(
    Stage stage,
    Optional<Stage> suspendedFrom,
    boolean formalNoticeOnFile,
    boolean enforceableTitleOnFile,
    BigDecimal amountDue) {}
