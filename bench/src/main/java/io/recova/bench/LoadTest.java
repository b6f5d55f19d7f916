package io.recova.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/cases/{id}} at a fixed number of concurrent connections, from a second
 * process: wrk (Debian's {@code wrk} package), driven by a small Lua script that spreads the
 * requests over many dossiers and prints the figures wrk itself measured.
 */
final class LoadTest {

  /** What wrk measured: requests per second and latency percentiles in milliseconds. */
  record Figures(long requests, double seconds, double perSecond, double p50, double p95,
      double p99, long non2xx, long socketErrors) {}

  private static final String SCRIPT = """
      -- Written by io.recova.bench.LoadTest: each thread walks the ids from its own offset.
      local ids = {}
      for line in io.lines(os.getenv("RECOVA_BENCH_IDS")) do ids[#ids + 1] = line end
      local header = { ["Authorization"] = "Bearer " .. os.getenv("RECOVA_BENCH_TOKEN") }
      local i = 0
      function init(args) i = math.random(#ids) end
      function request()
        i = i % #ids + 1
        return wrk.format("GET", "/api/v1/cases/" .. ids[i], header)
      end
      function done(summary, latency, requests)
        local e = summary.errors
        io.write(string.format("RESULT %d %d %.0f %.0f %.0f %d %d\\n", summary.requests,
          summary.duration, latency:percentile(50), latency:percentile(95),
          latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
      end
      """;

  private LoadTest() {}

  static boolean available() {
    try {
      return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start()
          .waitFor() >= 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Figures run(String baseUrl, String token, List<UUID> ids, int connections,
      int seconds) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("recova-wrk");
    Path script = dir.resolve("case.lua");
    Path idFile = dir.resolve("ids.txt");
    Files.writeString(script, SCRIPT);
    Files.write(idFile, ids.stream().map(UUID::toString).toList());
    ProcessBuilder wrk = new ProcessBuilder("wrk", "-t", "2", "-c", Integer.toString(connections),
        "-d", seconds + "s", "--timeout", "10s", "-s", script.toString(), baseUrl)
        .redirectErrorStream(true);
    wrk.environment().put("RECOVA_BENCH_IDS", idFile.toString());
    wrk.environment().put("RECOVA_BENCH_TOKEN", token);
    Process process = wrk.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    List<String> result = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("RESULT ")) {
        result.addAll(List.of(line.substring(7).trim().split(" ")));
      }
    }
    if (result.size() != 7) {
      throw new IllegalStateException("wrk gave no result:\n" + output);
    }
    long requests = Long.parseLong(result.get(0));
    double duration = Long.parseLong(result.get(1)) / 1e6;
    return new Figures(requests, duration, requests / duration,
        Double.parseDouble(result.get(2)) / 1000, Double.parseDouble(result.get(3)) / 1000,
        Double.parseDouble(result.get(4)) / 1000, Long.parseLong(result.get(5)),
        Long.parseLong(result.get(6)));
  }
}
