package io.recova.portal.kpi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/**
 * A chart drawn in the browser by Chart.js (MIT licence; Vaadin Charts is commercial). The server
 * sends the labels, the values as decimal strings and their formatted text; the small web
 * component {@code recova-chart.js} draws them. Setting new data redraws the same chart.
 */
@Tag("recova-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./recova-chart.js")
public class KpiChart extends Component implements HasSize {

  /** Chart.js chart types used here. */
  public enum Kind {
    BAR("bar"), LINE("line"), DOUGHNUT("doughnut");

    private final String type;

    Kind(String type) {
      this.type = type;
    }
  }

  /**
   * One series: its name, its values (exact decimals, as the API gives them) and the same
   * values as the user reads them; one color for the series, or one per value (a doughnut).
   */
  public record Series(String name, List<BigDecimal> values, List<String> formatted,
      List<String> colors) {

    public Series {
      if (values.size() != formatted.size()) {
        throw new IllegalArgumentException("One formatted text per value");
      }
      values = List.copyOf(values);
      formatted = List.copyOf(formatted);
      colors = List.copyOf(colors);
    }
  }

  public KpiChart(String id) {
    setId(id);
    setHeight("18em");
    setWidthFull();
  }

  public void show(Kind kind, String title, List<String> labels, List<Series> series) {
    JsonObject config = config(kind, title, labels, series);
    // The axes' numbers in the reader's format (1 000 or 1,000), as the rest of the page.
    config.put("locale", getLocale().toLanguageTag());
    getElement().setPropertyJson("config", config);
  }

  static JsonObject config(Kind kind, String title, List<String> labels, List<Series> series) {
    JsonObject config = Json.createObject();
    config.put("kind", kind.type);
    config.put("title", title);
    config.put("labels", strings(labels));
    JsonArray sets = Json.createArray();
    for (Series s : series) {
      JsonObject set = Json.createObject();
      set.put("name", s.name());
      set.put("values", strings(s.values().stream().map(BigDecimal::toPlainString).toList()));
      set.put("formatted", strings(s.formatted()));
      if (s.colors().size() == 1) {
        set.put("color", s.colors().get(0));
      } else {
        set.put("colors", strings(s.colors()));
      }
      sets.set(sets.length(), set);
    }
    config.put("series", sets);
    return config;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = Json.createArray();
    for (String v : values) {
      array.set(array.length(), v);
    }
    return array;
  }
}
