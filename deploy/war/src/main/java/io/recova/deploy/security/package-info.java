/** How users get in: OpenID Connect in the browser, bearer tokens on the API, one mechanism routing between them. */
package io.recova.deploy.security;
