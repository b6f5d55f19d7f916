/** The disputes waiting for the creditor's answer or the agency's resolution. */
package io.recova.portal.dispute;
