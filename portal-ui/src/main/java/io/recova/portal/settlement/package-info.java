/**
 * Settlements in the UI: the approvals a manager or a creditor decides on. Proposing one and a
 * case's list are part of the case view.
 */
package io.recova.portal.settlement;
