package io.recova.portal.i18n;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.UnaryOperator;

/** The upload component's own words (button, drop zone, refusals) in the UI language. */
public final class UploadTexts {

  private UploadTexts() {}

  /** @param texts the translation of a key (a component's getTranslation) */
  public static UploadI18N of(UnaryOperator<String> texts) {
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.apply("upload.add"))
        .setMany(texts.apply("upload.add")));
    i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.apply("upload.drop"))
        .setMany(texts.apply("upload.drop")));
    i18n.setError(new UploadI18N.Error()
        .setTooManyFiles(texts.apply("upload.tooMany"))
        .setFileIsTooBig(texts.apply("upload.tooBig"))
        .setIncorrectFileType(texts.apply("upload.wrongType")));
    return i18n;
  }
}
