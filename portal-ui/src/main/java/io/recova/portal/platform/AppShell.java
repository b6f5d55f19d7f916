package io.recova.portal.platform;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The application's page settings. Server push, so that a dashboard shows a payment as soon as it
 * is posted. Messages from the browser go by XHR: each is an ordinary request of the logged-in
 * user, so the backend reads that user's scope (a WebSocket message would carry no request).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {}
