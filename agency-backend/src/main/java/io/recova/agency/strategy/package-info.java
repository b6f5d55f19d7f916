/**
 * Collection strategies per segment of cases, the daily job that turns their steps into the
 * collectors' tasks exactly once, and the priority that orders the work queue.
 */
package io.recova.agency.strategy;
