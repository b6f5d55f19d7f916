package io.recova.reports.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * A {@code .jasper} template the build compiled from {@code src/main/jasper}, read from the
 * classpath the first time a report needs it and kept: loading costs far more than filling, and
 * nothing is compiled at run time.
 */
public final class CompiledTemplate {

  private final String resource;
  private volatile JasperReport loaded;

  /** @param resource the template's classpath path, e.g. {@code /reports/letter.jasper} */
  public CompiledTemplate(String resource) {
    this.resource = resource;
  }

  public JasperReport get() {
    JasperReport template = loaded;
    if (template == null) {
      synchronized (this) {
        template = loaded;
        if (template == null) {
          template = load();
          loaded = template;
        }
      }
    }
    return template;
  }

  private JasperReport load() {
    try (InputStream in = CompiledTemplate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the classpath; the build compiles it from src/main/jasper");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    } catch (JRException e) {
      throw new IllegalStateException("Cannot load " + resource, e);
    }
  }
}
