/** Identifiers and identity of organisations: SIREN, the agency's own identity on documents. */
package io.recova.agency.organisation;
