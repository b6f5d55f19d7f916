package io.recova.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.PwaRegistry;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.recova.portal.i18n.Translations;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;

/**
 * What a component needs to run in a plain JUnit test: a current UI in a given language and a
 * Vaadin service whose translations are the application's own bundles. No servlet, no browser.
 */
public final class UiTestContext implements AutoCloseable {

  /** Held here: Vaadin keeps its current instances by weak reference only. */
  private final VaadinService service;

  private final UI ui;

  private UiTestContext(Locale locale) {
    service = new TranslatingService(new Translations());
    VaadinService.setCurrent(service);
    ui = new UI();
    ui.setLocale(locale);
    UI.setCurrent(ui);
  }

  /** Opens the context; close it (try-with-resources or @AfterEach) to clear the thread. */
  public static UiTestContext open(Locale locale) {
    return new UiTestContext(locale);
  }

  public UI ui() {
    return ui;
  }

  @Override
  public void close() {
    CurrentInstance.clearAll();
  }

  /** Just enough of a VaadinService for getTranslation(); everything else is unused. */
  private static final class TranslatingService extends VaadinService {

    private final transient I18NProvider translations;

    TranslatingService(I18NProvider translations) {
      this.translations = translations;
    }

    @Override
    public Instantiator getInstantiator() {
      return new DefaultInstantiator(this) {
        @Override
        public I18NProvider getI18NProvider() {
          return translations;
        }
      };
    }

    @Override
    protected RouteRegistry getRouteRegistry() {
      return null;
    }

    @Override
    protected PwaRegistry getPwaRegistry() {
      return null;
    }

    @Override
    public String getContextRootRelativePath(VaadinRequest request) {
      return "/";
    }

    @Override
    public String getMimeType(String resourceName) {
      return null;
    }

    @Override
    protected boolean requestCanCreateSession(VaadinRequest request) {
      return false;
    }

    @Override
    public String getServiceName() {
      return "test";
    }

    @Override
    public String getMainDivId(VaadinSession session, VaadinRequest request) {
      return "test";
    }

    @Override
    public URL getStaticResource(String url) {
      return null;
    }

    @Override
    public URL getResource(String url) {
      return null;
    }

    @Override
    public InputStream getResourceAsStream(String url) {
      return null;
    }

    @Override
    public String resolveResource(String url) {
      return url;
    }

    @Override
    protected VaadinContext constructVaadinContext() {
      return null;
    }
  }
}
