package io.recova.deploy.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the OpenID Connect provider is and who Recova is to it. Named so that the login
 * mechanism's annotation can read it through Expression Language.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "RECOVA_OIDC_ISSUER")
  String issuer;

  @Inject
  @ConfigProperty(name = "RECOVA_OIDC_CLIENT_ID")
  String clientId;

  @Inject
  @ConfigProperty(name = "RECOVA_OIDC_CLIENT_SECRET")
  String clientSecret;

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** Keycloak's end-session endpoint, where a logout ends the single sign-on session too. */
  public String getEndSessionEndpoint() {
    return issuer + "/protocol/openid-connect/logout";
  }
}
