/**
 * Runs Recova locally with embedded defaults and starts the same services for the integration
 * tests.
 */
package io.recova.launcher;
