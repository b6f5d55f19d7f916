package io.recova.portal.platform;

import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;

/**
 * What the user is told about an error. A refusal or a missing item is an answer the backend gave
 * on purpose; anything else is unexpected, gets a generic sentence and goes to the log in full.
 */
public enum ErrorMessages {
  FORBIDDEN("error.forbidden", 403),
  NOT_FOUND("error.notFound", 404),
  UNEXPECTED("error.unexpected", 500);

  private final String key;
  private final int status;

  ErrorMessages(String key, int status) {
    this.key = key;
    this.status = status;
  }

  /** The translation key of the sentence shown to the user. */
  public String key() {
    return key;
  }

  /** The HTTP status of an error page for it. */
  public int status() {
    return status;
  }

  /**
   * Classifies an error by the first business exception in its cause chain: a service call reaches
   * the UI wrapped in CDI, transaction or Vaadin exceptions.
   */
  public static ErrorMessages of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ForbiddenException) {
        return FORBIDDEN;
      }
      if (t instanceof NotFoundException) {
        return NOT_FOUND;
      }
    }
    return UNEXPECTED;
  }
}
