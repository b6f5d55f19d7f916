package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMailboxTest {

  @Test
  void aMessageSentToTheMailboxIsKeptAsAnEmlFile(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("mail");
    try (LocalMailbox mailbox = LocalMailbox.start(folder, 0)) {
      Properties p = new Properties();
      p.setProperty("mail.smtp.host", "127.0.0.1");
      p.setProperty("mail.smtp.port", Integer.toString(mailbox.port()));
      MimeMessage m = new MimeMessage(Session.getInstance(p));
      m.setFrom(new InternetAddress("recouvrement@recova.example"));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress("debiteur@example.com"));
      m.setSubject("Mise en demeure de payer – réf. LR-2026-000001", "UTF-8");
      m.setText("Madame, Monsieur,", "UTF-8");
      Transport.send(m);
    }

    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.toList();
    }
    assertThat(files).singleElement().satisfies(f -> {
      assertThat(f.getFileName().toString())
          .isEqualTo("0001-Mise-en-demeure-de-payer-réf-LR-2026-000001.eml");
      assertThat(Files.readString(f)).contains("debiteur@example.com", "Madame, Monsieur");
    });
  }
}
