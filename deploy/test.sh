#!/usr/bin/env bash
# Runs Recova's whole test suite: unit tests, report tests, Arquillian integration tests on Payara
# Micro with PostgreSQL and Keycloak, and browser tests in headless Chromium.
#
# What it needs is started by the tests themselves: an embedded PostgreSQL (unless
# RECOVA_TEST_DB_URL names one) and a local Keycloak from its Maven Central distribution (unless
# RECOVA_TEST_OIDC_ISSUER names one). Chromium and its driver come from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Debian's chromium and chromium-driver:" >&2
    echo "  sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
fi

exec ./mvnw -B -ntp verify "$@"
