package io.recova.deploy.it;

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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Real Keycloak access tokens for the demo users, by the password grant. */
public final class Tokens {

  public static final String PASSWORD = "demo1234";
  /** A token until shortly before Keycloak's expiry: the suite runs longer than one token lives. */
  private record Issued(String token, Instant renewAfter) {}

  private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  /** An access token of the given demo user, cached while it has more than a minute to live. */
  public static String of(String username) {
    return cached(username, () -> request(username));
  }

  /** An access token of a creditor's integration account, by the client-credentials grant. */
  public static String ofIntegration(String clientId, String secret) {
    return cached("client:" + clientId, () -> request(clientId, Map.of(
        "grant_type", "client_credentials",
        "client_id", clientId,
        "client_secret", secret)));
  }

  private static String cached(String key, Supplier<Issued> issue) {
    return CACHE.compute(key, (k, known) -> known != null
        && Instant.now().isBefore(known.renewAfter()) ? known : issue.get()).token();
  }

  private static Issued request(String username) {
    return request(username, Map.of(
        "grant_type", "password",
        "client_id", "recova-portal",
        "client_secret", "recova-dev-secret",
        "username", username,
        "password", PASSWORD,
        "scope", "openid"));
  }

  private static Issued request(String who, Map<String, String> fields) {
    String form =
        fields
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest post =
        HttpRequest.newBuilder(
                URI.create(TestServices.issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token for " + who + ": " + response.body());
      }
      JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
      Instant issued = Instant.now();
      return new Issued(json.getString("access_token"),
          issued.plusSeconds(json.getInt("expires_in", 300)).minusSeconds(60));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
