package io.recova.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Payara Micro process's heap, read with {@code jcmd} (same user, same machine): what is
 * used after the load, and the live set after a full collection.
 */
final class HeapProbe {

  /** Heap figures in MiB. */
  record Heap(long pid, double usedMiB, double committedMiB, double liveMiB, double maxMiB) {}

  private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
  private static final Pattern MAX = Pattern.compile("MaxHeapSize=(\\d+)");

  private HeapProbe() {}

  /** The Payara Micro process: the one jcmd lists with payara-micro on its command line. */
  static Optional<Long> payaraPid() throws IOException, InterruptedException {
    for (String line : jcmd("-l").split("\n")) {
      if (line.contains("payara-micro") || line.contains("fish.payara.micro")) {
        return Optional.of(Long.parseLong(line.substring(0, line.indexOf(' '))));
      }
    }
    return Optional.empty();
  }

  static Heap measure(long pid) throws IOException, InterruptedException {
    String p = Long.toString(pid);
    Matcher before = HEAP.matcher(jcmd(p, "GC.heap_info"));
    if (!before.find()) {
      throw new IllegalStateException("jcmd gave no heap figures for " + pid);
    }
    double committed = Long.parseLong(before.group(1)) / 1024.0;
    double used = Long.parseLong(before.group(2)) / 1024.0;
    jcmd(p, "GC.run");
    Matcher after = HEAP.matcher(jcmd(p, "GC.heap_info"));
    double live = after.find() ? Long.parseLong(after.group(2)) / 1024.0 : Double.NaN;
    Matcher max = MAX.matcher(jcmd(p, "VM.flags"));
    double maxMiB = max.find() ? Long.parseLong(max.group(1)) / 1024.0 / 1024.0 : Double.NaN;
    return new Heap(pid, used, committed, live, maxMiB);
  }

  private static String jcmd(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "jcmd";
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
