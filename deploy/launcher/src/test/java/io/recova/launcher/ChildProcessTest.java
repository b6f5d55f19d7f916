package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

  @TempDir Path dir;

  @Test
  void aPortInUseIsDetectedAlsoWhenBoundToLoopbackOnly() throws IOException {
    try (ServerSocket any = new ServerSocket(0);
        ServerSocket loopback = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(ChildProcess.isFree(any.getLocalPort())).isFalse();
      assertThat(ChildProcess.isFree(loopback.getLocalPort())).isFalse();
    }
    assertThat(ChildProcess.isFree(ChildProcess.freePort())).isTrue();
  }

  @Test
  void closeStopsTheProcessAndWhatItStarted() throws IOException {
    ChildProcess child =
        ChildProcess.start(
            "sleeper",
            new ProcessBuilder("bash", "-c", "sleep 300 & sleep 300 & wait"),
            dir.resolve("s.log"));
    waitForDescendants(child, 3);
    List<ProcessHandle> tree = ProcessHandle.current().descendants().toList();

    child.close();

    assertThat(child.isAlive()).isFalse();
    assertThat(tree).noneMatch(ProcessHandle::isAlive);
  }

  @Test
  void aProcessThatDiesIsReportedAtOnceWithItsLog() throws IOException {
    Path log = dir.resolve("dies.log");
    ChildProcess child =
        ChildProcess.start("Dier", new ProcessBuilder("bash", "-c", "echo broken; exit 3"), log);

    long begin = System.nanoTime();
    assertThatThrownBy(
            () -> child.awaitOk("http://localhost:1/", Duration.ofSeconds(60), Optional::empty))
        .hasMessageContaining("exit code 3")
        .hasMessageContaining(log.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
    assertThat(Files.readString(log)).contains("broken");
  }

  @Test
  void aReportedFailureStopsTheWaitAndTheProcess() throws IOException {
    ChildProcess child =
        ChildProcess.start("Hanger", new ProcessBuilder("sleep", "300"), dir.resolve("h.log"));

    assertThatThrownBy(
            () ->
                child.awaitOk(
                    "http://localhost:1/", Duration.ofSeconds(60), () -> Optional.of("it broke")))
        .hasMessageContaining("Hanger: it broke");
    assertThat(child.isAlive()).isFalse();
  }

  private static void waitForDescendants(ChildProcess child, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (ProcessHandle.current().descendants().count() < count && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }
}
