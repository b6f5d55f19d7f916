package io.recova.deploy.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after login. The OpenID Connect mechanism has already
 * exchanged the code and established the session when this runs; it only moves the user on to the
 * application, so the code never stays in the address bar or the history.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }
}
