/** UI texts in French and English and the locale-aware formats of numbers and dates. */
package io.recova.portal.i18n;
