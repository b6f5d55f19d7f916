package io.recova.reports.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The day's letters in one PDF for the post room, each exactly as it was sent and in the given
 * order, so that the printed stack matches the list of letters.
 */
final class LetterBundle {

  private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private LetterBundle() {}

  /**
   * @throws IllegalArgumentException when the list is empty or an entry is not a readable PDF
   */
  static byte[] merge(List<byte[]> letters) {
    if (letters == null || letters.isEmpty()) {
      throw new IllegalArgumentException("A bundle needs at least one letter; none was given");
    }
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument bundle = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (int i = 0; i < letters.size(); i++) {
        PDDocument letter = load(letters.get(i), i);
        // The sources stay open until the bundle is saved: their pages are still read then.
        sources.add(letter);
        merger.appendDocument(bundle, letter);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      bundle.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bundle " + letters.size() + " letters", e);
    } finally {
      sources.forEach(LetterBundle::closeQuietly);
    }
  }

  private static PDDocument load(byte[] letter, int index) {
    if (letter == null || !startsWithPdfSignature(letter)) {
      throw notAPdf(index, null);
    }
    try {
      return Loader.loadPDF(letter);
    } catch (IOException e) {
      throw notAPdf(index, e);
    }
  }

  private static boolean startsWithPdfSignature(byte[] letter) {
    return letter.length >= PDF_SIGNATURE.length
        && Arrays.equals(letter, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length);
  }

  private static IllegalArgumentException notAPdf(int index, IOException cause) {
    return new IllegalArgumentException(
        "Letter " + (index + 1) + " of the bundle is not a readable PDF", cause);
  }

  private static void closeQuietly(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      // Read-only in-memory copies: nothing is lost if one fails to close.
    }
  }
}
