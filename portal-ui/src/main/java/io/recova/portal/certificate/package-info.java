/** The creditor's irrecoverability certificates in the portal, with their PDFs. */
package io.recova.portal.certificate;
