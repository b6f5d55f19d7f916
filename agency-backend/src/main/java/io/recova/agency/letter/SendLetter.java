package io.recova.agency.letter;

/**
 * A request to send a letter on a case.
 *
 * @param language "fr" or "en"; absent: French for a debtor in France, English otherwise
 * @param email for an e-mail, the address to write to; absent: the debtor's first address
 */
public record SendLetter(LetterKind kind, LetterChannel channel, String language, String email) {}
