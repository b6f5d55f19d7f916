package io.recova.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A local SMTP server for the demo, so that letters e-mailed by Recova can be read without a real
 * mail server: every message it receives is written to a folder as an {@code .eml} file, which any
 * mail program opens.
 */
final class LocalMailbox implements AutoCloseable {

  private final GreenMail server;
  private final Path folder;
  private final ScheduledExecutorService writer;
  private int written;

  private LocalMailbox(GreenMail server, Path folder) {
    this.server = server;
    this.folder = folder;
    this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "recova-mailbox");
      t.setDaemon(true);
      return t;
    });
  }

  static LocalMailbox start(Path folder, int port) throws IOException {
    Files.createDirectories(folder);
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    LocalMailbox mailbox = new LocalMailbox(server, folder);
    mailbox.writer.scheduleWithFixedDelay(mailbox::writeNew, 1, 1, TimeUnit.SECONDS);
    return mailbox;
  }

  int port() {
    return server.getSmtp().getPort();
  }

  Path folder() {
    return folder;
  }

  private synchronized void writeNew() {
    MimeMessage[] received = server.getReceivedMessages();
    for (; written < received.length; written++) {
      MimeMessage message = received[written];
      try (OutputStream out = Files.newOutputStream(folder.resolve(fileName(written, message)))) {
        message.writeTo(out);
      } catch (IOException | MessagingException e) {
        System.err.println("[recova] Could not keep a received e-mail: " + e.getMessage());
      }
    }
  }

  private static String fileName(int index, MimeMessage message) throws MessagingException {
    String subject = message.getSubject() == null ? "" : message.getSubject();
    String safe = subject.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    return String.format(Locale.ROOT, "%04d-%s.eml", index + 1,
        safe.length() > 60 ? safe.substring(0, 60) : safe);
  }

  @Override
  public void close() {
    writer.shutdown();
    writeNew();
    server.stop();
  }
}
