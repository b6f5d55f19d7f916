package io.recova.portal.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;

/**
 * For a user whom Keycloak knows but who holds none of Recova's roles: a sentence instead of an
 * empty screen, and the logout in the header.
 */
@Route(value = "access-denied", layout = MainLayout.class)
@VisibleTo(Audience.ANY_USER)
public class AccessDeniedView extends VerticalLayout implements HasDynamicTitle {

  public AccessDeniedView() {
    H2 title = new H2(getTranslation("access.denied.title"));
    Paragraph text = new Paragraph(getTranslation("access.denied.text"));
    text.setId("access-denied");
    add(title, text);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("access.denied.title") + " · " + getTranslation("app.title");
  }
}
