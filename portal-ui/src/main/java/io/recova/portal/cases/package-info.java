/**
 * Cases in the UI: the portfolio with its filters, a dossier, intake by form and by file. The same
 * views serve the creditor's portal and the agency's console; the backend scopes what each sees.
 */
package io.recova.portal.cases;
