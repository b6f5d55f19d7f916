/**
 * Set-up shared by every page: the language of each new UI, the access check of every navigation,
 * and the one place where errors become a sentence for the user and details for the log.
 */
package io.recova.portal.platform;
