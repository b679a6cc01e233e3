#!/usr/bin/env bash
# The PostgreSQL leg of ./test.sh: the data-access tests (trait Database=Postgres) against a real PostgreSQL 15.
# Installs Debian's postgresql when missing, starts a throw-away server (its own data folder, 127.0.0.1, a free
# port, trust for local connections only), runs the tests, then stops it and deletes its folder, whatever happens.
# Extra arguments go to dotnet test (./test.sh passes --no-build); a --filter narrows the leg's own.
# Alone: scripts/postgres-tests.sh [--no-build] [--filter FullyQualifiedName~Outbox]
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

filter="Database=Postgres"
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--filter" ] && [ $# -gt 1 ]; then filter="$filter&($2)"; shift 2; else args+=("$1"); shift; fi
done

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "Installing PostgreSQL for the data-access tests (apt-get)..."
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # Debian's package starts a server of its own on 5432 after installing; nothing here may leave one running.
  policy=/usr/sbin/policy-rc.d; own_policy=""
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null; $sudo chmod +x "$policy"; own_policy=1; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  if [ -n "$own_policy" ]; then $sudo rm -f "$policy"; fi
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# PostgreSQL refuses to run as root: then the server runs as the package's own "postgres" user.
as=()
if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
folder=$(mktemp -d /tmp/portal-pg.XXXXXX)
chmod 755 "$folder"
[ "${#as[@]}" -gt 0 ] && chown postgres "$folder"

stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT

# A free port: nothing answers on it.
port=""
for _ in $(seq 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "No free port for PostgreSQL" >&2; exit 1; }

# No locale (byte order, like SQLite's BINARY collation), no fsync: the data is thrown away.
"${as[@]}" "$bin/initdb" -D "$folder/data" -U portal_test --auth=trust --no-locale -E UTF8 --no-sync >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -s start -o \
  "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($(( $(date +%s) - started )) s to start)"

set +e
PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=portal_test;Database=postgres" \
  dotnet test Portal.Tests --filter "$filter" "${args[@]}"
status=$?
set -e
echo "PostgreSQL leg: $(( $(date +%s) - started )) s"
exit "$status"
