package io.recova.reports.build;

/** One or more report templates do not compile; the message names each file and its error. */
public class TemplateCompilationException extends Exception {

  public TemplateCompilationException(String message) {
    super(message);
  }
}
