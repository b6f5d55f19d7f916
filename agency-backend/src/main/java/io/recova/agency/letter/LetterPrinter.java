package io.recova.agency.letter;

import java.util.List;

/**
 * Turns letters into PDF documents. The reports module provides the implementation; the backend
 * only composes what a letter says and keeps what was sent.
 */
public interface LetterPrinter {

  /** The letter as a PDF, in the letter's language. */
  byte[] render(LetterContent letter);

  /**
   * The given letter PDFs, exactly as they were sent, in one PDF for the post room, in order.
   *
   * @throws IllegalArgumentException when the list is empty or an entry is not a PDF
   */
  byte[] bundle(List<byte[]> letters);
}
