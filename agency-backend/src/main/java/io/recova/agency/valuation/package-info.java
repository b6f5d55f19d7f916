/** Valuation of claims under French rules: late interest (DOMAIN D1–D2), and later the balance, indemnity and limitation. */
package io.recova.agency.valuation;
