package io.recova.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Writes the run's results as JSON (machine-readable) and prints the short table. */
final class ResultsFile {

  private ResultsFile() {}

  static Path write(Path directory, Map<String, Object> context, List<Result> results)
      throws IOException {
    Files.createDirectories(directory);
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
        .format(Instant.now());
    Path file = directory.resolve("results-" + stamp + ".json");
    JsonObjectBuilder root = Json.createObjectBuilder();
    JsonObjectBuilder about = Json.createObjectBuilder();
    context.forEach((k, v) -> about.add(k, String.valueOf(v)));
    root.add("context", about);
    var array = Json.createArrayBuilder();
    for (Result r : results) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("operation", r.operation())
          .add("unit", r.unit());
      path(o, "app", r.app());
      path(o, "floor", r.floor());
      if (r.ratio() != null) {
        o.add("ratio", round(r.ratio()));
      }
      o.add("target", r.target());
      if (r.met() != null) {
        o.add("met", r.met());
      }
      if (r.note() != null) {
        o.add("note", r.note());
      }
      array.add(o);
    }
    root.add("results", array);
    JsonWriterFactory writers = Json.createWriterFactory(
        Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (Writer out = Files.newBufferedWriter(file);
        var writer = writers.createWriter(out)) {
      writer.writeObject(root.build());
    }
    return file;
  }

  private static void path(JsonObjectBuilder o, String name, Samples s) {
    if (s == null || s.isEmpty()) {
      return;
    }
    o.add(name, Json.createObjectBuilder().add("samples", s.count())
        .add("median", round(s.median())).add("p95", round(s.p95())));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  static String table(List<Result> results) {
    StringBuilder out = new StringBuilder();
    String format = "%-44s %-6s %10s %10s %10s %10s %8s  %-34s %s%n";
    out.append(String.format(format, "operation", "unit", "app med", "app p95", "floor med",
        "floor p95", "ratio", "target", "met"));
    for (Result r : results) {
      out.append(String.format(format, r.operation(), r.unit(), number(r.app(), true),
          number(r.app(), false), number(r.floor(), true), number(r.floor(), false),
          r.ratio() == null ? "-" : String.format("%.2f", r.ratio()), r.target(),
          r.met() == null ? "-" : r.met() ? "yes" : "NO"));
      if (r.note() != null) {
        out.append("    ").append(r.note()).append('\n');
      }
    }
    return out.toString();
  }

  private static String number(Samples s, boolean median) {
    if (s == null || s.isEmpty()) {
      return "-";
    }
    double v = median ? s.median() : s.p95();
    return v >= 100 ? String.format("%.0f", v) : String.format("%.1f", v);
  }
}
