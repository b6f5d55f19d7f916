package io.recova.agency.security;

/**
 * The caller of the current request (REST bearer token or browser session). Request-scoped bean;
 * implemented by {@link RequestCaller}.
 */
public interface CurrentCaller {

  Caller get();
}
