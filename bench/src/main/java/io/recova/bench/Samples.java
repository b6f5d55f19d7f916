package io.recova.bench;

import java.util.ArrayList;
import java.util.List;

/** Durations of one path of one operation, in milliseconds. */
final class Samples {

  private final List<Double> millis = new ArrayList<>();
  private Double summaryMedian;
  private Double summaryP95;
  private int summaryCount;

  /** Figures another tool measured (wrk) and reports as percentiles only. */
  static Samples summary(long count, double median, double p95) {
    Samples s = new Samples();
    s.summaryCount = (int) Math.min(Integer.MAX_VALUE, count);
    s.summaryMedian = median;
    s.summaryP95 = p95;
    return s;
  }

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  void addMillis(double value) {
    millis.add(value);
  }

  int count() {
    return summaryMedian != null ? summaryCount : millis.size();
  }

  boolean isEmpty() {
    return summaryMedian == null && millis.isEmpty();
  }

  double median() {
    return summaryMedian != null ? summaryMedian : percentile(50);
  }

  double p95() {
    return summaryP95 != null ? summaryP95 : percentile(95);
  }

  /** Nearest-rank percentile: a value that was actually measured. */
  double percentile(double p) {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(millis);
    sorted.sort(null);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
