#!/bin/bash
# Times the KPI queries on a generated portfolio of 300,000 cases, in a scratch database:
#   deploy/bench/kpis/run.sh [database]      (default kpis_scratch; run where psql reaches a
#                                             PostgreSQL as a superuser, e.g. su postgres -c ...)
# Creates the database afresh, applies the Flyway migrations in order, loads portfolio.sql, then
# prints each query's execution time (EXPLAIN ANALYZE) from queries.sql.
set -euo pipefail
db=${1:-kpis_scratch}
here=$(cd "$(dirname "$0")" && pwd)
migrations=$here/../../../agency-backend/src/main/resources/db/migration
psql -q -c "drop database if exists $db" -c "create database $db"
for v in $(ls "$migrations" | sort -t_ -k1.2 -n); do
  psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$migrations/$v" >/dev/null
done
psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$here/portfolio.sql"
psql -a -d "$db" -f "$here/queries.sql" | grep -E '^-- |Execution Time'
