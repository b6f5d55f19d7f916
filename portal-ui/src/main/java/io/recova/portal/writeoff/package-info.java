/** The manager's decisions on closing cases as irrecoverable. */
package io.recova.portal.writeoff;
