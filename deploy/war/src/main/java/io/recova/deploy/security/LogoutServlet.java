package io.recova.deploy.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the Recova session and then the Keycloak single sign-on session, so that the next visit
 * asks for a password again (a shared office computer is the usual case).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Inject OidcSettings oidc;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String home =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/";
    response.sendRedirect(
        oidc.getEndSessionEndpoint()
            + "?client_id="
            + URLEncoder.encode(oidc.getClientId(), StandardCharsets.UTF_8)
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(home, StandardCharsets.UTF_8));
  }
}
