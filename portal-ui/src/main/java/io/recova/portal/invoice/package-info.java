/** The creditor's fee invoices in the portal, each with its PDF as issued. */
package io.recova.portal.invoice;
