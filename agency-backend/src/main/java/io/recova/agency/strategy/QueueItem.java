package io.recova.agency.strategy;

import io.recova.agency.activity.ActivityKind;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A task in a collector's queue, with the case it is for and why it comes where it does. */
public record QueueItem(
    UUID taskId,
    UUID caseId,
    String caseReference,
    String debtorName,
    String assignedCollector,
    ActivityKind channel,
    String template,
    Tone tone,
    LocalDate dueOn,
    Money amountDue,
    int priority,
    List<PriorityScore.Reason> reasons) {}
