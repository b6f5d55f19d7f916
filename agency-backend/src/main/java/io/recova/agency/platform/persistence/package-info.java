/** JPA converters for value objects that have no domain package of their own to live in. */
package io.recova.agency.platform.persistence;
