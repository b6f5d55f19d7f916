package io.recova.reports.mandate;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as a reader would copy it, with its white space normalised. */
final class PdfText {

  private PdfText() {}

  static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return normalise(new PDFTextStripper().getText(document));
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  /**
   * Every run of white space as one plain space: French typography puts non-breaking spaces before
   * "%" and ";", and where a line wraps depends on the font, not on what the test is about.
   */
  static String normalise(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
  }
}
