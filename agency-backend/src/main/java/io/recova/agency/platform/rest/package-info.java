/** The JAX-RS application, problem+json error mapping and request limits. */
package io.recova.agency.platform.rest;
