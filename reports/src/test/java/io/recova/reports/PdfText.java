package io.recova.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as a reader would copy it, with its white space normalised. */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      return normalise(new PDFTextStripper().getText(document));
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  /** The normalised text of each page, in page order. */
  public static List<String> pages(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(normalise(stripper.getText(document)));
      }
      return pages;
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  public static int pageCount(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  /**
   * Every run of white space as one plain space: French typography puts non-breaking spaces before
   * "%" and ";", and where a line wraps depends on the font, not on what the test is about.
   */
  public static String normalise(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
  }

  /**
   * Keeps the document under {@code target/documents} for a person to open after the build, as
   * the browser tests keep their screenshots; returns it unchanged.
   */
  public static byte[] kept(String name, byte[] pdf) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "documents"));
      Files.write(folder.resolve(name + ".pdf"), pdf);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDDocument load(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }
}
