package io.recova.agency.strategy;

import io.recova.agency.activity.ActivityKind;

/**
 * One step of a strategy.
 *
 * @param template the letter or message template the step uses, e.g. {@code FORMAL_NOTICE}
 */
public record StrategyStep(
    int dayOffset, StepAnchor anchor, ActivityKind channel, String template, Tone tone) {}
