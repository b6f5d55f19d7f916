package io.recova.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A running Recova's REST API, called with Keycloak bearer tokens of the demo users. */
final class RecovaApi {

  /** One answer, with how long it took from sending the request to the last byte read. */
  record Answer(int status, byte[] body, long nanos) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonObject json() {
      return Json.createReader(new StringReader(text())).readObject();
    }

    Answer requireOk(String what) {
      if (status / 100 != 2) {
        throw new IllegalStateException(what + " answered " + status + ": "
            + text().substring(0, Math.min(500, text().length())));
      }
      return this;
    }
  }

  private final String base;
  private final String issuer;
  // HTTP/1.1 as wrk and most integrations speak it; the h2c upgrade also broke large answers.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  RecovaApi(String base, String issuer) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.issuer = issuer;
  }

  String base() {
    return base;
  }

  /** An access token by the password grant, as the integration tests obtain theirs. */
  String token(String user, String password) throws IOException, InterruptedException {
    Map<String, String> fields = Map.of("grant_type", "password", "client_id", "recova-portal",
        "client_secret", "recova-dev-secret", "username", user, "password", password,
        "scope", "openid");
    String form = fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(issuer + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused a token for " + user + ": "
          + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject()
        .getString("access_token");
  }

  Answer get(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token).GET().build());
  }

  Answer post(String path, String token, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(request(path, token).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + token)
        .header("Accept-Language", "fr");
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
  }
}
