/** The creditor portal: what a creditor's own users see. */
package io.recova.portal.portal;
