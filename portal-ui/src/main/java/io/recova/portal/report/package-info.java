/** The managers' reports: fees and remittances over a period, on screen and to download. */
package io.recova.portal.report;
