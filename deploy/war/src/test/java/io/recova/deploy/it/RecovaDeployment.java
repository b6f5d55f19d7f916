package io.recova.deploy.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the real WAR the build produced, exactly as it
 * ships, not a hand-picked list of classes.
 */
public final class RecovaDeployment {

  private RecovaDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("recova.war", "target/recova.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
