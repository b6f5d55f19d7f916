package io.recova.bench;

/**
 * One line of the results: an operation, its application path and the floor the database sets
 * on the same data in the same run (both in milliseconds unless the unit says otherwise), their
 * ratio, and the target with whether this run met it.
 *
 * @param ratio application over floor for times (1 = as fast as the bare database); for the
 *     intake, the application's rate over COPY's (the target is at least 0.2)
 */
record Result(String operation, String unit, Samples app, Samples floor, Double ratio,
    String target, Boolean met, String note) {}
