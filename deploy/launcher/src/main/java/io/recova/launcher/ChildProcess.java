package io.recova.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** A server started as a child process, logged to a file, and stopped with its descendants. */
final class ChildProcess implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ChildProcess.class.getName());
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread stopOnExit;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    // In its own session, the child no longer gets the terminal's Ctrl-C: it must not outlive a
    // JVM that ends without closing it (a test run interrupted, an owner that forgot).
    this.stopOnExit = new Thread(this::stop, name + "-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /**
   * Starts the command with its output going to the log, which is started afresh so that "see the
   * log" means this start. The child gets a session of its own where {@code setsid} exists: a
   * Ctrl-C in the terminal then reaches only the launcher, which stops the servers one after the
   * other instead of all of them receiving SIGINT at once.
   */
  static ChildProcess start(String name, ProcessBuilder builder, Path log) throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    if (Files.isExecutable(SETSID)) {
      List<String> command = new ArrayList<>(builder.command());
      command.add(0, SETSID.toString());
      builder.command(command);
    }
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Files.writeString(log, "$ " + String.join(" ", builder.command()) + System.lineSeparator());
    return new ChildProcess(name, builder.start(), log);
  }

  /**
   * Waits until the URL answers 200. Fails early, and stops the process, when it dies or when
   * {@code failure} reports a problem (a message), so a broken start does not cost the whole
   * timeout.
   */
  void awaitOk(String url, Duration timeout, Supplier<Optional<String>> failure)
      throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(
            name + " stopped with exit code " + process.exitValue() + "; see " + log);
      }
      if (answersOk(url)) {
        return;
      }
      Optional<String> problem = failure.get();
      if (problem.isPresent()) {
        close();
        throw new IOException(name + ": " + problem.get() + "; see " + log);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        close();
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for " + name, e);
      }
    }
    close();
    throw new IOException(
        name + " was not ready after " + timeout.toSeconds() + " s (" + url + "); see " + log);
  }

  static boolean answersOk(String url) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(1000);
      c.setReadTimeout(5000);
      c.setInstanceFollowRedirects(false);
      int status = c.getResponseCode();
      c.disconnect();
      return status == 200;
    } catch (IOException e) {
      return false;
    }
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Completes when the process ends, for whatever reason. */
  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /** Asks the process and everything it started to stop, then waits; kills what lingers. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running or about to, which is harmless.
    }
    stop();
  }

  private void stop() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plusSeconds(30);
    for (ProcessHandle handle : tree) {
      long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
      try {
        handle.onExit().get(left, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        // Still running after the grace period: killed below.
      }
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * Stops processes that an earlier, killed launcher left running: those whose arguments match,
   * which callers make specific with an absolute path of their own state. They would hold the ports
   * and files this start needs.
   */
  static void stopLeftovers(String name, Predicate<List<String>> arguments) {
    long self = ProcessHandle.current().pid();
    List<ProcessHandle> leftovers =
        ProcessHandle.allProcesses()
            .filter(p -> p.pid() != self)
            .filter(p -> p.info().arguments().map(a -> arguments.test(List.of(a))).orElse(false))
            .toList();
    for (ProcessHandle p : leftovers) {
      LOG.info("Stopping the " + name + " an earlier run left running (pid " + p.pid() + ")");
      p.destroy();
    }
    for (ProcessHandle p : leftovers) {
      try {
        p.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  /** A free TCP port on this machine. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * True when nothing listens on the port. Binding the wildcard address also fails when another
   * program listens on the loopback address only, which is what the servers here do.
   */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, null)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
