/**
 * Letters to debtors: the friendly reminder, the firm reminder and the formal notice, with every
 * mention R124-4 of the Code des procédures civiles d'exécution requires of a collection agency's
 * letter; a letter sent is frozen as evidence on its case and never changes.
 */
package io.recova.agency.letter;
