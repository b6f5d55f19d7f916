package io.recova.agency.casefile.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded file and the charset it was read with. Files come from Excel and ERPs
 * that never say their encoding, so it is guessed: a byte-order mark is trusted; otherwise strict
 * UTF-8, which random Windows bytes practically never pass; otherwise Windows-1252, what Excel on
 * a French Windows writes for "CSV (séparateur: point-virgule)".
 */
record FileText(String text, String charset) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static FileText decode(byte[] content) {
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      return read(content, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(content, 0xFF, 0xFE)) {
      return read(content, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(content, 0xFE, 0xFF)) {
      return read(content, 2, StandardCharsets.UTF_16BE);
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(ByteBuffer.wrap(content));
      return new FileText(chars.toString(), StandardCharsets.UTF_8.name());
    } catch (CharacterCodingException notUtf8) {
      return read(content, 0, WINDOWS_1252);
    }
  }

  private static FileText read(byte[] content, int skip, Charset charset) {
    String text = new String(content, skip, content.length - skip, charset);
    return new FileText(text, charset.name());
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
