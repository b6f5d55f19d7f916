package io.recova.bench;

/** Placeholder until the harness lands. */
final class Harness {
  Harness(Options options) {}

  void run() {}
}
