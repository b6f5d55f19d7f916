package io.recova.deploy.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small HTTP client for the deployed API, as an ERP integration would call it. */
public final class Api {

  private final URL base;
  private final HttpClient http = HttpClient.newBuilder().build();

  public Api(URL base) {
    this.base = base;
  }

  /** A response with its body as text and, when it is JSON, parsed. */
  public record Reply(int status, String contentType, String body, byte[] bytes) {

    public JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    public jakarta.json.JsonObject object() {
      return json().asJsonObject();
    }
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  /** Gets with extra headers (e.g. {@code Accept}, {@code Accept-Language}). */
  public Reply get(String path, String token, java.util.Map<String, String> headers) {
    HttpRequest.Builder builder = request(path, token).GET();
    headers.forEach(builder::header);
    return send(builder.build());
  }

  public Reply post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Posts JSON with extra headers (e.g. {@code Idempotency-Key}). */
  public Reply post(String path, String token, String json, java.util.Map<String, String> headers) {
    HttpRequest.Builder builder = request(path, token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  public Reply put(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Posts raw bytes, as a file upload or an import does. */
  public Reply postBytes(String path, String token, String contentType, byte[] body) {
    return send(
        request(path, token)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public URI uri(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
