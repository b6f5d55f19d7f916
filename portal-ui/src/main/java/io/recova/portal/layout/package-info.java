/** The frame of every page, the role-based entry route and the page for users with no role. */
package io.recova.portal.layout;
