package io.recova.portal.platform;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;

/** An address that matches no page: a translated sentence and a way home. */
public class PageNotFoundView extends VerticalLayout
    implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    ErrorView.show(this, getTranslation("error.pageNotFound"));
    return 404;
  }
}
