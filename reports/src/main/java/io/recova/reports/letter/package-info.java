/**
 * Collection letters as PDF: the friendly reminder, the firm reminder and the formal notice, with
 * the mentions R124-4 of the Code des procédures civiles d'exécution requires of a collection
 * agency's letter, the GDPR information and the post room's bundle of a day's letters.
 */
package io.recova.reports.letter;
