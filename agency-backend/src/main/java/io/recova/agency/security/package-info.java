/** Who is calling (user, roles, bound creditor) and the tenant scope every service applies. */
package io.recova.agency.security;
