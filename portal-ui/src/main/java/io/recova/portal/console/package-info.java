/** The agency console: creditor clients and their mandates. */
package io.recova.portal.console;
