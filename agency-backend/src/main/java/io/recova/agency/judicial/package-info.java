/**
 * The judicial track of a case: which route to take to court and why, the procedural deadlines
 * that follow from each dated step (counted as the Code de procédure civile counts them), and the
 * tariffs of the commissaires de justice. Rules and sources: DOMAIN.md section 4.
 */
package io.recova.agency.judicial;
