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
  /** The standard OpenID Connect claim of the user's full name (Keycloak's profile scope). */
  static final String NAME_CLAIM = "name";
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
    UUID creditor = claim(principal, CREDITOR_CLAIM).map(this::toUuid).orElse(null);
    return new Caller(principal.getName(), roles, creditor,
        claim(principal, NAME_CLAIM).orElse(null));
  }

  private Optional<String> claim(Principal principal, String name) {
    if (principal instanceof JsonWebToken jwt) {
      return Optional.ofNullable(jwt.getClaim(name)).map(String::valueOf);
    }
    if (openIdContext.isResolvable()) {
      OpenIdContext context = openIdContext.get();
      try {
        Optional<String> fromIdToken =
            context.getIdentityToken().getJwtClaims().getStringClaim(name);
        return fromIdToken.isPresent()
            ? fromIdToken
            : context.getClaims().getStringClaim(name);
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
