package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakUnpackTest {

  @TempDir Path dir;

  private Path zip(String name, Map<String, String> files) throws IOException {
    Path zip = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("keycloak-9.9.9/"));
      for (Map.Entry<String, String> file : files.entrySet()) {
        z.putNextEntry(new ZipEntry("keycloak-9.9.9/" + file.getKey()));
        z.write(file.getValue().getBytes());
      }
    }
    return zip;
  }

  @Test
  void unpacksOnceAndMakesTheScriptsExecutable() throws IOException {
    Path zip = zip("kc.zip", Map.of("bin/kc.sh", "echo 1", "lib/a.jar", "a"));
    Path work = dir.resolve("work");

    Path home = KeycloakServer.unpack(zip, work);
    assertThat(home).isEqualTo(work.resolve("keycloak-9.9.9"));
    assertThat(Files.isExecutable(home.resolve("bin/kc.sh"))).isTrue();

    // Keycloak's data written between runs must survive the next start.
    Files.writeString(home.resolve("lib/a.jar"), "changed by a run");
    assertThat(KeycloakServer.unpack(zip, work)).isEqualTo(home);
    assertThat(Files.readString(home.resolve("lib/a.jar"))).isEqualTo("changed by a run");
  }

  @Test
  void unpacksAgainWhenTheDistributionChanged() throws IOException {
    Path work = dir.resolve("work");
    Path home = KeycloakServer.unpack(zip("kc.zip", Map.of("bin/kc.sh", "echo 1")), work);

    KeycloakServer.unpack(zip("kc.zip", Map.of("bin/kc.sh", "echo 2 and more")), work);

    assertThat(Files.readString(home.resolve("bin/kc.sh"))).isEqualTo("echo 2 and more");
  }
}
