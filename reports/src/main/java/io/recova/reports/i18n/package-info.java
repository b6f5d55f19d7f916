/**
 * The languages documents are printed in (French by default, English on request) and how each of
 * them prints numbers and dates.
 */
package io.recova.reports.i18n;
