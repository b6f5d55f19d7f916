/**
 * Which views a caller may open: each route names its audience with {@link
 * io.recova.portal.access.VisibleTo}, and one navigation listener checks it for every UI. The
 * services check again; this is for the user, not for security.
 */
package io.recova.portal.access;
