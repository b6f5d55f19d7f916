package io.recova.agency.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the caller once per request from what the container authenticated: a bearer token
 * (MicroProfile JWT) on the API, or the OpenID Connect session in the browser. The creditor a
 * client user is bound to comes from the {@code creditor_id} claim Keycloak puts in both.
 */
@RequestScoped
public class RequestCaller implements CurrentCaller {

  static final String CREDITOR_CLAIM = "creditor_id";
  private static final Logger LOG = Logger.getLogger(RequestCaller.class.getName());

  @Inject HttpServletRequest request;
  @Inject Instance<OpenIdContext> openIdContext;

  private Caller caller;

  @Override
  public Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  private Caller resolve() {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      return Caller.anonymous();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (request.isUserInRole(role.roleName())) {
        roles.add(role);
      }
    }
    UUID creditor = creditorClaim(principal).map(this::toUuid).orElse(null);
    return new Caller(principal.getName(), roles, creditor);
  }

  private Optional<String> creditorClaim(Principal principal) {
    if (principal instanceof JsonWebToken jwt) {
      return Optional.ofNullable(jwt.getClaim(CREDITOR_CLAIM)).map(String::valueOf);
    }
    if (openIdContext.isResolvable()) {
      OpenIdContext context = openIdContext.get();
      try {
        Optional<String> fromIdToken =
            context.getIdentityToken().getJwtClaims().getStringClaim(CREDITOR_CLAIM);
        return fromIdToken.isPresent()
            ? fromIdToken
            : context.getClaims().getStringClaim(CREDITOR_CLAIM);
      } catch (RuntimeException e) {
        LOG.fine(() -> "No OpenID Connect claims for " + principal.getName() + ": " + e);
      }
    }
    return Optional.empty();
  }

  private UUID toUuid(String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      // A malformed binding must not widen access: the user is treated as bound to nothing.
      LOG.warning(() -> "Ignoring malformed creditor_id claim: " + value);
      return null;
    }
  }
}
