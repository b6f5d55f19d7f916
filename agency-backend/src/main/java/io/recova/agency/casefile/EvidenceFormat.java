package io.recova.agency.casefile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats accepted as evidence, recognised by their first bytes rather than by the name
 * or the declared type, which a sender controls: a renamed executable is not a PDF.
 */
public enum EvidenceFormat {
  PDF("application/pdf", "pdf", bytes("%PDF-")),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  TIFF_LE("image/tiff", "tif", new byte[] {'I', 'I', 42, 0}),
  TIFF_BE("image/tiff", "tif", new byte[] {'M', 'M', 0, 42});

  /** The largest document Recova stores (the case_document check constraint says the same). */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  EvidenceFormat(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format the content actually has, if it is one of the accepted ones. */
  public static Optional<EvidenceFormat> of(byte[] content) {
    for (EvidenceFormat f : values()) {
      if (content.length >= f.magic.length
          && Arrays.equals(content, 0, f.magic.length, f.magic, 0, f.magic.length)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** True when a declared media type is compatible with this format (or none was declared). */
  public boolean matchesDeclared(String declared) {
    if (declared == null || declared.isBlank()
        || declared.toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
      return true;
    }
    String base = declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return base.equals(mediaType) || (this == JPEG && base.equals("image/jpg"));
  }
}
