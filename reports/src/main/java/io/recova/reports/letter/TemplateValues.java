package io.recova.reports.letter;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record's components by name, as a template reads them: the letter's data fills parameters and
 * each claim row fills fields, both named after the components so one test can compare the lists.
 */
final class TemplateValues {

  private TemplateValues() {}

  static Map<String, Object> of(Record record) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        values.put(component.getName(), component.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component.getName(), e);
      }
    }
    // Read-only: JasperReports adds its own entries to the parameter map it is given, so the
    // report must fill from a copy, never from this map.
    return Collections.unmodifiableMap(values);
  }
}
