#!/usr/bin/env bash
# Runs Recova with embedded defaults: builds it if needed, then starts an embedded PostgreSQL, a
# local Keycloak with the recova realm and Payara Micro with the application and demo data.
# Set RECOVA_DB_URL / RECOVA_OIDC_ISSUER to use an external database / identity provider instead.
set -euo pipefail
cd "$(dirname "$0")/.."

war=deploy/war/target/recova.war
launcher=deploy/launcher/target/recova-launcher.jar

needs_build=no
if [ ! -f "$war" ] || [ ! -f "$launcher" ]; then
  needs_build=yes
elif [ -n "$(find pom.xml */pom.xml deploy/*/pom.xml agency-backend/src reports/src portal-ui/src deploy/war/src/main deploy/launcher/src/main -newer "$war" -type f -print -quit)" ]; then
  needs_build=yes
fi
if [ "$needs_build" = yes ]; then
  echo "[recova] Building (first time: a few minutes)..."
  ./mvnw -q -B -ntp -DskipTests install
fi

exec java -jar "$launcher" run "$@"
