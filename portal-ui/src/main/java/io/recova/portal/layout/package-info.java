/** The frame of every page and the role-based entry route. */
package io.recova.portal.layout;
