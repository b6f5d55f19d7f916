package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Letters on the real WAR: a formal notice e-mailed through a real SMTP server (GreenMail) with
 * its PDF attached and read back, the letter frozen as evidence, postal letters batched for print,
 * and the guard and scoping rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String open(String user, String creditor, String amount) {
    String reference = CasesApiIT.unique("LET");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of(user),
        CasesApiIT.caseJson(creditor, reference, "Débiteur " + reference, amount));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object().getJsonObject("summary").getString("id");
  }

  private Api.Reply send(String caseId, String user, String json) {
    return api().post("/api/v1/cases/" + caseId + "/letters", Tokens.of(user), json);
  }

  @Test
  void aFormalNoticeGoesByEmailWithItsPdfAndTheRightAmounts() throws Exception {
    String id = open("martin", null, "1200.00");
    JsonObject balance = api().get("/api/v1/cases/" + id + "/balance", Tokens.of("collector"))
        .object();
    int before = TestServices.mail().getReceivedMessages().length;

    Api.Reply sent = send(id, "collector", "{\"kind\": \"FORMAL_NOTICE\", \"channel\": \"EMAIL\"}");

    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    JsonObject letter = sent.object();
    String reference = letter.getString("reference");
    assertThat(reference).matches("LR-\\d{4}-\\d{6}");
    assertThat(letter.getString("recipient")).isEqualTo("compta@alpes.example");
    assertThat(TestServices.mail().waitForIncomingEmail(10_000, before + 1)).isTrue();
    MimeMessage mail = Arrays.stream(TestServices.mail().getReceivedMessages())
        .filter(m -> subject(m).contains(reference)).findFirst().orElseThrow();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("compta@alpes.example");
    assertThat(subject(mail)).startsWith("Mise en demeure de payer");
    Multipart parts = (Multipart) mail.getContent();
    BodyPart attachment = parts.getBodyPart(1);
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    byte[] pdf = attachment.getInputStream().readAllBytes();

    String text = text(pdf);
    // Signed with the collector's name from the identity provider, not the login.
    assertThat(text).contains("Camille Collet").doesNotContain("\ncollector\n");
    assertThat(text).contains(reference, "F-", "Débiteur", "Martin",
        "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du"
            + " créancier", "FR76");
    assertThat(text).contains(french(money(balance, "principal")),
        french(money(balance, "interest")), french(money(balance, "indemnity")),
        french(money(balance, "due")));
    assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("huissier", "service judiciaire");

    // Frozen: the attachment is the stored evidence, byte for byte.
    String documentId = letter.getString("documentId");
    Api.Reply stored = api().get("/api/v1/cases/" + id + "/documents/" + documentId,
        Tokens.of("martin"));
    assertThat(stored.bytes()).isEqualTo(pdf);
    assertThat(letter.getString("sha256")).isEqualTo(sha256(pdf));
    assertThatThrownBy(() -> TestServices.execute(
        "update letter set amount_due = 1 where id = '" + letter.getString("id") + "'"))
        .hasMessageContaining("letter is evidence");
    assertThatThrownBy(() -> TestServices.execute(
        "delete from case_document_content where document_id = '" + documentId + "'"))
        .hasMessageContaining("append-only");

    JsonObject detail = api().get("/api/v1/cases/" + id, Tokens.of("martin")).object();
    assertThat(detail.getJsonObject("summary").getString("stage")).isEqualTo("FORMAL_NOTICE");
    assertThat(detail.getString("formalNoticeDate")).isNotBlank();
    assertThat(detail.getJsonArray("timeline").toString()).contains(reference);
    assertThat(TestServices.auditEventsOf("Letter", letter.getString("id")))
        .containsExactly("letter.sent by collector");
  }

  @Test
  void laterLettersRepeatTheFirstLettersReferenceAndEnglishGoesAbroad() throws Exception {
    String id = open("dupont", null, "480.00");
    Api.Reply first = send(id, "collector", "{\"kind\": \"FRIENDLY_REMINDER\", \"channel\": \"POST\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    Api.Reply second = send(id, "collector",
        "{\"kind\": \"FIRM_REMINDER\", \"channel\": \"POST\", \"language\": \"en\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(201);

    byte[] pdf = api().get("/api/v1/cases/" + id + "/documents/"
        + second.object().getString("documentId"), Tokens.of("collector")).bytes();
    assertThat(text(pdf)).contains(first.object().getString("reference"),
        second.object().getString("reference"));
    assertThat(second.object().getString("language")).isEqualTo("en");
    List<JsonObject> letters = api().get("/api/v1/cases/" + id + "/letters", Tokens.of("dupont"))
        .json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(letters).extracting(l -> l.getString("kind"))
        .containsExactly("FIRM_REMINDER", "FRIENDLY_REMINDER");
  }

  @Test
  void postalLettersArePrintedOnceInOneBatch() throws Exception {
    String a = open("martin", null, "300.00");
    String b = open("martin", null, "450.00");
    String ra = send(a, "collector", "{\"kind\": \"FRIENDLY_REMINDER\", \"channel\": \"POST\"}")
        .object().getString("reference");
    String rb = send(b, "collector", "{\"kind\": \"FIRM_REMINDER\", \"channel\": \"POST\"}")
        .object().getString("reference");

    Api.Reply batch = api().post("/api/v1/postal-batches", Tokens.of("manager"), "");
    assertThat(batch.status()).as(batch.body()).isEqualTo(201);
    List<String> refs = batch.object().getJsonArray("letterReferences")
        .getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList();
    assertThat(refs).contains(ra, rb);
    assertThat(refs.indexOf(ra)).isLessThan(refs.indexOf(rb));

    byte[] pdf = api().get("/api/v1/postal-batches/" + batch.object().getString("id") + "/pdf",
        Tokens.of("collector")).bytes();
    assertThat(sha256(pdf)).isEqualTo(batch.object().getString("sha256"));
    String text = text(pdf);
    assertThat(text.indexOf(ra)).isNotNegative().isLessThan(text.indexOf(rb));

    assertThat(api().post("/api/v1/postal-batches", Tokens.of("manager"), "").status())
        .isEqualTo(409);
    assertThat(api().get("/api/v1/postal-batches", Tokens.of("martin")).status()).isEqualTo(403);
  }

  @Test
  void refusedChannelsDisputedCasesBadInputAndOtherCreditorsAreRefused() {
    String id = open("martin", null, "200.00");
    assertThat(api().put("/api/v1/cases/" + id + "/debtor/preferences", Tokens.of("collector"),
        "{\"optedOut\": [\"EMAIL\"]}").status()).isEqualTo(200);
    Api.Reply email = send(id, "collector", "{\"kind\": \"FORMAL_NOTICE\", \"channel\": \"EMAIL\"}");
    assertThat(email.status()).isEqualTo(409);
    assertThat(email.body()).contains("refused contact by EMAIL");
    assertThat(TestServices.queryOne("select count(*) from letter where case_id = '" + id + "'"))
        .isEqualTo("0");
    assertThat(TestServices.queryOne("select count(*) from case_document where case_id = '" + id
        + "'")).isEqualTo("0");

    assertThat(send(id, "collector", "{\"kind\": \"SUMMONS\", \"channel\": \"POST\"}").status())
        .isEqualTo(400);
    assertThat(send(id, "collector",
        "{\"kind\": \"FORMAL_NOTICE\", \"channel\": \"POST\", \"language\": \"de\"}").status())
        .isEqualTo(400);
    assertThat(send(id, "martin", "{\"kind\": \"FORMAL_NOTICE\", \"channel\": \"POST\"}").status())
        .isEqualTo(403);
    String dupont = open("dupont", null, "200.00");
    assertThat(api().get("/api/v1/cases/" + dupont + "/letters", Tokens.of("martin")).status())
        .isEqualTo(404);

    assertThat(api().post("/api/v1/cases/" + id + "/transitions", Tokens.of("collector"),
        "{\"target\": \"DISPUTED\", \"reason\": \"Goods never delivered\"}").status())
        .isEqualTo(200);
    Api.Reply post = send(id, "collector", "{\"kind\": \"FIRM_REMINDER\", \"channel\": \"POST\"}");
    assertThat(post.status()).isEqualTo(409);
    assertThat(post.body()).contains("DISPUTED");
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BigDecimal money(JsonObject balance, String field) {
    return balance.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
  }

  /** An amount as a French letter prints it: 1 200,00 (spaces normalised by {@link #text}). */
  static String french(BigDecimal amount) {
    return String.format(Locale.FRANCE, "%,.2f", amount).replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // Justified lines come back with stretched spaces and wrapped sentences with line breaks.
      return new PDFTextStripper().getText(doc).replace('\u202f', ' ').replace('\u00a0', ' ')
          .replaceAll("\\s+", " ");
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
