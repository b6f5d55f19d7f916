/** Downloads of the documents the reports module renders. */
package io.recova.portal.document;
