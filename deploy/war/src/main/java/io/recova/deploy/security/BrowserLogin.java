package io.recova.deploy.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Browser users log in with OpenID Connect (authorization code flow) at Keycloak. Roles travel in
 * the top-level {@code groups} claim, which the container maps to roles of the same name.
 *
 * <p>{@code redirectToOriginalResource} stays off: Payara's implementation then replays the
 * original request with a null parameter map, which breaks Vaadin (NPE in getParameter). The
 * {@link CallbackServlet} sends the logged-in user on instead.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.issuer}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/Callback",
    redirectToOriginalResource = false,
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class BrowserLogin {}
