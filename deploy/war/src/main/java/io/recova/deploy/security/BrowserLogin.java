package io.recova.deploy.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Browser users log in with OpenID Connect (authorization code flow) at Keycloak. Roles travel in
 * the top-level {@code groups} claim, which the container maps to roles of the same name.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.issuer}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/Callback",
    redirectToOriginalResource = true,
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class BrowserLogin {}
