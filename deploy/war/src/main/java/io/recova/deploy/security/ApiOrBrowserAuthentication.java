package io.recova.deploy.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The WAR has two ways in: bearer tokens on the REST API (MicroProfile JWT) and the OpenID Connect
 * login in the browser. Jakarta Security allows one mechanism per application (two give an
 * ambiguous-bean error on every request), so this one is chosen and routes each request to the
 * right mechanism: the API and any request carrying a bearer token go to MP-JWT, the rest to
 * OpenID Connect.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiOrBrowserAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(ApiOrBrowserAuthentication.class.getName());

  @Inject BeanManager beanManager;

  private HttpAuthenticationMechanism bearer;
  private HttpAuthenticationMechanism browser;

  /**
   * Payara registers both mechanisms as synthetic beans of type HttpAuthenticationMechanism: the
   * MP-JWT one also carries its implementation type (JWTAuthenticationMechanism), the OpenID
   * Connect one does not. So the bearer mechanism is found by its type and the browser one is the
   * other bean; anything else is a deployment error worth failing loudly for.
   */
  @PostConstruct
  void findMechanisms() {
    Set<Bean<?>> beans =
        new LinkedHashSet<>(beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE));
    beans.removeIf(bean -> bean.getBeanClass() == ApiOrBrowserAuthentication.class);
    List<Bean<?>> jwt = beans.stream().filter(ApiOrBrowserAuthentication::isJwt).toList();
    List<Bean<?>> others = beans.stream().filter(bean -> !isJwt(bean)).toList();
    if (jwt.size() != 1 || others.size() != 1) {
      throw new IllegalStateException(
          "Expected one MP-JWT and one OpenID Connect mechanism, found "
              + beans.stream().map(Bean::getTypes).toList());
    }
    bearer = reference(jwt.get(0));
    browser = reference(others.get(0));
  }

  private static boolean isJwt(Bean<?> bean) {
    return bean.getTypes().stream().anyMatch(type -> type.getTypeName().contains("JWT"));
  }

  private HttpAuthenticationMechanism reference(Bean<?> bean) {
    return (HttpAuthenticationMechanism)
        beanManager.getReference(
            bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
  }

  private HttpAuthenticationMechanism route(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    boolean hasBearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return hasBearer || isMachineEndpoint(path) ? bearer : browser;
  }

  /** The API and the runtime's own endpoints never redirect to a login page. */
  static boolean isMachineEndpoint(String path) {
    for (String prefix : new String[] {"/api", "/health", "/openapi", "/metrics"}) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return route(request).validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return route(request).secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    route(request).cleanSubject(request, response, context);
  }
}
