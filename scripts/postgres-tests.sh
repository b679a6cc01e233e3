#!/usr/bin/env bash
# The PostgreSQL leg of ./test.sh: the data-access tests (trait Database=Postgres) against a real PostgreSQL 15, and
# the cluster's end-to-end test (nginx in front of two instances; deploy/local-cluster.sh runs its nginx).
# Installs Debian's postgresql (and nginx) when missing, starts a throw-away server (its own data folder, 127.0.0.1, a
# free port, trust for local connections only), runs the tests, then stops it and deletes its folder, whatever happens.
# Extra arguments go to dotnet test (./test.sh passes --no-build); a --filter narrows the leg's own.
# Alone: scripts/postgres-tests.sh [--no-build] [--filter FullyQualifiedName~Outbox]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/services.sh
started=$(date +%s)

filter="Database=Postgres"
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--filter" ] && [ $# -gt 1 ]; then filter="$filter&($2)"; shift 2; else args+=("$1"); shift; fi
done

if nginx_missing; then
  echo "Installing nginx for the cluster's end-to-end test (apt-get)..."
  apt_install nginx-light
fi
trap postgres_stop EXIT
postgres_start portal_test

set +e
PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=portal_test;Database=postgres" \
  dotnet test Portal.Tests --filter "$filter" "${args[@]}"
status=$?
set -e
echo "PostgreSQL leg: $(( $(date +%s) - started )) s"
exit "$status"
