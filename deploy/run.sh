#!/usr/bin/env bash
# Runs Recova with embedded defaults: builds it if needed, then starts an embedded PostgreSQL, a
# local Keycloak with the recova realm and Payara Micro with the application and demo data.
# Set RECOVA_DB_URL / RECOVA_OIDC_ISSUER to use an external database / identity provider instead.
# Options go to the launcher: deploy/run.sh --help
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

war=deploy/war/target/recova.war
launcher=deploy/launcher/target/recova-launcher.jar

needs_build() {
  [ -f "$war" ] && [ -f "$launcher" ] || return 0
  # The WAR is the last artifact the build makes, so any source or build file newer than it is
  # not in it yet. Files the build itself generates under src/ do not count.
  [ -n "$(find pom.xml ./*/pom.xml ./*/*/pom.xml ./*/src ./*/*/src -type f -newer "$war" \
    -not -path '*/frontend/generated/*' -not -path '*/node_modules/*' \
    -not -path '*/src/main/bundles/*' -not -path '*/src/main/frontend/index.html' \
    -print -quit 2>/dev/null)" ]
}

if ! command -v java >/dev/null; then
  echo "Recova needs a JDK 17 on the PATH (and a JDK 21+ for Keycloak, e.g. under /usr/lib/jvm)." >&2
  exit 1
fi

if needs_build; then
  echo "[recova] Building (the first time takes a few minutes)..."
  ./mvnw -q -B -ntp -DskipTests install
  # A build that changed nothing in the WAR may leave it older than the sources: it is current.
  touch "$war"
fi

exec java -jar "$launcher" run "$@"
