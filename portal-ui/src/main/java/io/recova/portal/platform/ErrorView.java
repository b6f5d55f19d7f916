package io.recova.portal.platform;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shown instead of a page whose opening failed (the session's error handler covers clicks on a page
 * already shown). No main layout: it may be the layout itself that failed.
 */
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

  private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    ErrorMessages message = ErrorMessages.of(parameter.getCaughtException());
    if (message == ErrorMessages.UNEXPECTED) {
      LOG.log(
          Level.SEVERE,
          "Cannot open " + event.getLocation().getPath(),
          parameter.getCaughtException());
    }
    show(this, getTranslation(message.key()));
    return message.status();
  }

  static void show(VerticalLayout page, String text) {
    page.removeAll();
    H2 title = new H2(page.getTranslation("app.title"));
    Paragraph sentence = new Paragraph(text);
    sentence.setId("error-text");
    Anchor home = new Anchor("", page.getTranslation("error.home"));
    home.setId("error-home");
    page.add(title, sentence, home);
  }
}
