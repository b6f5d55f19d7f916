/** The append-only audit trail: who changed what, when, with the state before and after. */
package io.recova.agency.audit;
