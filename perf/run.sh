#!/usr/bin/env bash
# Performance benchmarks of the portal (README, "Performance"). Not part of ./test.sh or CI.
#
#   perf/run.sh prepare          generate the 100,000-case seed set and a seeded database (cached; timed)
#   perf/run.sh dashboard-load   p50/p95 of loading one case's dashboard data, random cases (in-process, 1 core)
#   perf/run.sh circuits         memory per circuit (a one-field form, the dashboard), payment fan-out and isolation, 1,000 circuits
#   perf/run.sh signin           median time of a failed sign-in, known and unknown user
#   perf/run.sh heap             where a dashboard circuit's memory goes (two core dumps read with ClrMD; 400 circuits)
#   perf/run.sh office-search    p50/p95 of one office search by ZIP code, the service and the whole page (in-process, 1 core)
#   perf/run.sh scale            the bulk load of PERF_CASES cases into a new SQLite file and a new PostgreSQL database
#                                (timed), then the dashboard data load on each (PERF_CASES=1000000 for the state-sized set)
#   perf/run.sh cluster-fanout   1,000 dashboards on one instance, payments recorded on a second, PostgreSQL NOTIFY between
#   perf/run.sh all              all of the above but heap
#
# PERF_PROVIDER=postgres runs dashboard-load, circuits, signin, heap and office-search on PostgreSQL instead of SQLite:
# a throw-away server on core 1, a new database loaded with the same set for each step (office-search: seeded from the
# committed seed-data by the app's start-up), the portal or the in-process tool on it.
#
# Everything runs on this machine: the server listens on 127.0.0.1 only, pinned to core 0 with one processor
# (taskset -c 0, DOTNET_PROCESSOR_COUNT=1); the harness runs on core 1. Each step is bounded in time.
# Settings (environment): PERF_DIR (work folder, default /tmp/portal-perf), PERF_CASES (100000), PERF_PORT (5199),
# PERF_CIRCUITS (1000), PERF_PAYMENTS (20), PERF_PROVIDER (sqlite; or postgres, above), PERF_PROVIDERS (scale: "sqlite
# postgres"), PERF_FROM_DB (a database seeded earlier by an older build: copied and migrated instead of seeding again),
# PERF_NICE (e.g. -10, as root: run server and harness at that priority, for a machine busy with other work).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PERF_DIR="${PERF_DIR:-/tmp/portal-perf}"
PERF_CASES="${PERF_CASES:-100000}"
PERF_PORT="${PERF_PORT:-5199}"
PERF_CIRCUITS="${PERF_CIRCUITS:-1000}"
PERF_PAYMENTS="${PERF_PAYMENTS:-20}"
PERF_PROVIDER="${PERF_PROVIDER:-sqlite}"
case "$PERF_PROVIDER" in sqlite | postgres) ;; *) echo "PERF_PROVIDER must be sqlite or postgres." >&2; exit 2 ;; esac
SEED_DIR="$PERF_DIR/seed-$PERF_CASES"
URL="http://127.0.0.1:$PERF_PORT"
APP="$REPO/Portal.App/bin/Release/net10.0/Portal.App"
PERF_TOOL="$REPO/perf/Portal.Perf/bin/Release/net10.0/Portal.Perf"
HEAPSTAT="$REPO/perf/Portal.HeapStat/bin/Release/net10.0/Portal.HeapStat"
PIN=()
if [ -n "${PERF_NICE:-}" ]; then PIN=(nice -n "$PERF_NICE"); fi
SERVER_CORE=0
CLIENT_CORE=1
[ "$(nproc)" -ge 2 ] || CLIENT_CORE=0

log() { printf '\n== %s\n' "$*"; }

source "$REPO/scripts/lib/services.sh"
# One exit trap for whatever a step started, however the script ends; each stop does nothing when its part is not running.
SECOND_PID=""
stop_all() {
  stop_server
  if [ -n "$SECOND_PID" ]; then kill "$SECOND_PID" 2>/dev/null || true; fi
  postgres_stop
}
trap stop_all EXIT

build() {
  log "Building (Release)"
  dotnet build "$REPO/perf/Portal.Perf/Portal.Perf.csproj" -c Release -nologo -v q -clp:ErrorsOnly
  dotnet build "$REPO/perf/Portal.HeapStat/Portal.HeapStat.csproj" -c Release -nologo -v q -clp:ErrorsOnly
  if [ ! -d "$REPO/perf/circuits/node_modules" ]; then (cd "$REPO/perf/circuits" && npm ci --no-audit --no-fund); fi
}

seed_set() {
  if [ ! -f "$SEED_DIR/cases.csv" ]; then
    log "Generating the $PERF_CASES-case seed set into $SEED_DIR"
    mkdir -p "$SEED_DIR"
    timeout 600 dotnet run -c Release --project "$REPO/seed-data/Portal.SeedData" -- --cases "$PERF_CASES" --out "$SEED_DIR"
  fi
}

# The seeded database depends on the seed set and the schema: one cached file per migration set.
database() {
  local key
  key="$( (cat "$REPO"/Portal.App/Infrastructure/Data/Migrations/*.cs; echo "$PERF_CASES") | sha256sum | cut -c1-12)"
  DB="$PERF_DIR/portal-$PERF_CASES-$key.db"
  if [ ! -f "$DB" ]; then
    if [ -z "${PERF_FROM_DB:-}" ]; then seed_set; fi
    log "Seeding a database from $SEED_DIR (one transaction through the app's start-up)"
    rm -f "$DB.tmp" "$DB.tmp-wal" "$DB.tmp-shm" "$DB.tmp.accounts.json"
    local from=()
    if [ -n "${PERF_FROM_DB:-}" ]; then from=(--from "$PERF_FROM_DB"); fi
    ( cd "$REPO/Portal.App" && timeout 1800 "$PERF_TOOL" prepare --seed "$SEED_DIR" --db "$DB.tmp" "${from[@]}" )
    mv "$DB.tmp.accounts.json" "$DB.accounts.json"
    mv "$DB.tmp" "$DB"
  fi
}

# postgres_database: a throw-away PostgreSQL server on the client core with a new, empty database; sets CONNECTION.
# The exit trap stops it; a step that ends normally stops it itself, so `all` never holds two.
postgres_database() {
  PG_PIN=(taskset -c "$CLIENT_CORE")
  postgres_start portal
  "${PG_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U portal portal
  CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=portal;Database=portal"
}

# postgres_load: the PERF_CASES set loaded into it through the app's start-up (timed by the import), and the perf
# parent written to $RUN/accounts.json.
postgres_load() {
  seed_set
  log "Loading $PERF_CASES cases into PostgreSQL (server on core $CLIENT_CORE)"
  ( cd "$REPO/Portal.App" && timeout 3600 "$PERF_TOOL" prepare --seed "$SEED_DIR" --postgres "$CONNECTION" --accounts "$RUN/accounts.json" ) \
    | grep -E "Loading the demo data:|Loaded|ready|Perf parent"
}

# run_database NAME: a fresh database for one run, so payments recorded by a run never accumulate: a copy of the cached
# SQLite file, or a PostgreSQL database loaded anew (PERF_PROVIDER). Sets RUN, and the database's arguments for the
# portal (SERVER_DB; launch's SQLite connection string comes first, so these override it) and for Portal.Perf (TOOL_DB).
run_database() {
  RUN="$PERF_DIR/run-$1"
  rm -rf "$RUN"
  mkdir -p "$RUN/mail"
  if [ "$PERF_PROVIDER" = postgres ]; then
    postgres_database
    postgres_load
    SERVER_DB=(--Database:Provider=Postgres --ConnectionStrings:Portal="$CONNECTION")
    TOOL_DB=(--postgres "$CONNECTION")
  else
    database
    cp "$DB" "$RUN/portal.db"
    cp "$DB.accounts.json" "$RUN/accounts.json"
    SERVER_DB=()
    TOOL_DB=(--db "$RUN/portal.db")
  fi
}

# launch URL CORE LOG ARGS...: the portal in the background on URL, pinned to CORE with one processor; sets LAUNCHED.
launch() {
  local url=$1 core=$2 out=$3
  shift 3
  ( cd "$REPO/Portal.App" && exec env ASPNETCORE_ENVIRONMENT=Development DOTNET_PROCESSOR_COUNT=1 \
      "${PIN[@]}" taskset -c "$core" "$APP" --urls "$url" \
      --ConnectionStrings:Portal="Data Source=$RUN/portal.db" \
      --Seed:Enabled=false \
      --Email:Pickup:Folder="$RUN/mail" \
      --Diagnostics:PerfEndpoints=true \
      --Circuits:MaxPerAddress=100000 --Circuits:MaxPerAccount=100000 --Circuits:ConnectionStartsPerAddress=100000 \
      --DemoFeed:Enabled=false \
      --CaseRecords:ImportFolder="$RUN/import" \
      --Logging:LogLevel:Default=Warning \
      "$@" ) >"$out" 2>&1 &
  LAUNCHED=$!
}

# wait_healthy URL PID LOG: until /health answers, at most 120 s.
wait_healthy() {
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "$1/health"; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then cat "$3"; echo "The server stopped." >&2; exit 1; fi
    sleep 1
  done
  echo "The server at $1 did not answer /health within 120 s." >&2
  exit 1
}

start_server() {
  if curl -s -o /dev/null "$URL/health"; then echo "Something already answers on $URL: stop it first (or set PERF_PORT)." >&2; exit 1; fi
  log "Starting the portal on $URL (core $SERVER_CORE, 1 processor)"
  launch "$URL" "$SERVER_CORE" "$RUN/server.log" "$@"
  SERVER_PID=$LAUNCHED
  wait_healthy "$URL" "$SERVER_PID" "$RUN/server.log"
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

dashboard_load() {
  run_database dashboard-load
  log "Dashboard data load on $PERF_PROVIDER (core $SERVER_CORE, 1 processor)"
  ( cd "$REPO/Portal.App" && DOTNET_PROCESSOR_COUNT=1 timeout 600 "${PIN[@]}" taskset -c "$SERVER_CORE" "$PERF_TOOL" dashboard-load "${TOOL_DB[@]}" )
  postgres_stop
}

# The office search reads only the offices: a fresh database seeded from the committed seed-data is enough (Portal.Perf
# makes a SQLite file of its own; on PostgreSQL it gets an empty database).
office_search() {
  local on=()
  if [ "$PERF_PROVIDER" = postgres ]; then
    postgres_database
    on=(--postgres "$CONNECTION")
  fi
  log "Office search on $PERF_PROVIDER (core $SERVER_CORE, 1 processor)"
  ( cd "$REPO/Portal.App" && DOTNET_PROCESSOR_COUNT=1 timeout 600 "${PIN[@]}" taskset -c "$SERVER_CORE" "$PERF_TOOL" office-search --seed "$REPO/seed-data" "${on[@]}" )
  postgres_stop
}

circuits() {
  run_database circuits
  start_server "${SERVER_DB[@]}"
  log "Circuits: $PERF_CIRCUITS per scenario, $PERF_PAYMENTS payments (harness on core $CLIENT_CORE)"
  ( cd "$REPO/perf/circuits" && "${PIN[@]}" taskset -c "$CLIENT_CORE" node circuits.mjs --url "$URL" \
      --count "$PERF_CIRCUITS" --payments "$PERF_PAYMENTS" --max-seconds 600 \
      --pickup "$RUN/mail" --accounts "$RUN/accounts.json" --demo "$REPO/seed-data/demo-identities.json" \
      --server-pid "$SERVER_PID" --out "$RUN/results.json" )
  stop_server
  postgres_stop
  mkdir -p "$PERF_DIR/results"
  cp "$RUN/results.json" "$PERF_DIR/results/circuits-$PERF_PROVIDER-$(date -u +%Y%m%dT%H%M%SZ).json"
  echo "Details: $RUN/results.json (kept in $PERF_DIR/results/); server log: $RUN/server.log"
}

signin() {
  run_database signin
  # Lockout is raised to its maximum for the benchmark (31 wrong passwords): a locked account still has its password
  # hashed, but the wrong-password path also records the failure, and that is the path to time.
  start_server --SignIn:MaxFailedPasswords=100 "${SERVER_DB[@]}"
  log "Failed sign-in timing on $PERF_PROVIDER (harness on core $CLIENT_CORE)"
  ( cd "$REPO/perf/circuits" && "${PIN[@]}" taskset -c "$CLIENT_CORE" node signin-bench.mjs --url "$URL" --samples 30 --max-seconds 300 )
  stop_server
  postgres_stop
}

# Dumps the server with PERF_HEAP_CIRCUITS dashboards open, and again once they closed; the difference is per circuit.
heap() {
  run_database heap
  start_server "${SERVER_DB[@]}"
  local count="${PERF_HEAP_CIRCUITS:-400}" runtime
  # Framework-dependent: createdump and the DAC ship in the shared runtime the app runs on, not beside it.
  runtime="$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" && $2 ~ /^10\./ { v = $2; d = $3 } END { gsub(/[][]/, "", d); print d "/" v }')"
  log "Heap: $count dashboard circuits held open (harness on core $CLIENT_CORE), a dump with them and one after"
  ( cd "$REPO/perf/circuits" && taskset -c "$CLIENT_CORE" node circuits.mjs --url "$URL" --count "$count" \
      --scenarios dashboard --hold-seconds 20 --max-seconds 300 \
      --pickup "$RUN/mail" --accounts "$RUN/accounts.json" --demo "$REPO/seed-data/demo-identities.json" ) >"$RUN/harness.log" 2>&1 &
  local harness=$!
  for _ in $(seq 1 180); do grep -q "holding" "$RUN/harness.log" && break; sleep 1; done
  "$runtime/createdump" --withheap -f "$RUN/open.dmp" "$SERVER_PID" >/dev/null
  wait "$harness"
  "$runtime/createdump" --withheap -f "$RUN/closed.dmp" "$SERVER_PID" >/dev/null
  stop_server
  postgres_stop
  timeout 600 "$HEAPSTAT" "$RUN/open.dmp" "$RUN/closed.dmp" "$count" "$runtime/libmscordaccore.so"
  rm -f "$RUN/open.dmp" "$RUN/closed.dmp"
}

# The same set on both providers, one after the other: the bulk load (timed by the import itself), then the dashboard
# data load with the client on core 0 and, for PostgreSQL, its server on core 1.
scale() {
  seed_set
  RUN="$PERF_DIR/run-scale"
  rm -rf "$RUN"
  mkdir -p "$RUN"
  if [[ " ${PERF_PROVIDERS:-sqlite postgres} " == *" sqlite "* ]]; then
    log "Bulk load of $PERF_CASES cases into a new SQLite database"
    ( cd "$REPO/Portal.App" && timeout 3600 "$PERF_TOOL" prepare --seed "$SEED_DIR" --db "$RUN/portal.db" ) | grep -E "Loading the demo data:|Loaded|ready"
    log "Dashboard data load on SQLite (core $SERVER_CORE, 1 processor)"
    ( cd "$REPO/Portal.App" && DOTNET_PROCESSOR_COUNT=1 timeout 900 taskset -c "$SERVER_CORE" "$PERF_TOOL" dashboard-load --db "$RUN/portal.db" )
    rm -f "$RUN"/portal.db*
  fi
  [[ " ${PERF_PROVIDERS:-sqlite postgres} " == *" postgres "* ]] || return 0
  # A server sized for the set, as a state's would be: its indexes in memory, few checkpoints during the load.
  PG_SETTINGS="-c shared_buffers=4GB -c maintenance_work_mem=1GB -c max_wal_size=16GB"
  postgres_database
  postgres_load
  log "Dashboard data load on PostgreSQL (client on core $SERVER_CORE, 1 processor; server on core $CLIENT_CORE)"
  ( cd "$REPO/Portal.App" && DOTNET_PROCESSOR_COUNT=1 timeout 900 taskset -c "$SERVER_CORE" "$PERF_TOOL" dashboard-load --postgres "$CONNECTION" )
  postgres_stop
}

# 1,000 dashboards of the demo case on instance A (core 0); the payments recorded on instance B (core 1), on one
# PostgreSQL database (its server on core 1 too), so each reaches A through LISTEN/NOTIFY.
cluster_fanout() {
  local PERF_PROVIDER=postgres # always: the instances meet in the database
  run_database cluster-fanout
  local second="http://127.0.0.1:$((PERF_PORT + 1))"
  start_server "${SERVER_DB[@]}"
  log "Starting the second instance on $second (core $CLIENT_CORE, 1 processor)"
  launch "$second" "$CLIENT_CORE" "$RUN/second.log" "${SERVER_DB[@]}"
  SECOND_PID=$LAUNCHED
  wait_healthy "$second" "$SECOND_PID" "$RUN/second.log"
  log "Fan-out across instances: $PERF_CIRCUITS dashboards on $URL, $PERF_PAYMENTS payments recorded on $second"
  ( cd "$REPO/perf/circuits" && taskset -c "$CLIENT_CORE" node circuits.mjs --url "$URL" --record-url "$second" \
      --scenarios fanout --count "$PERF_CIRCUITS" --payments "$PERF_PAYMENTS" --max-seconds 600 \
      --pickup "$RUN/mail" --accounts "$RUN/accounts.json" --demo "$REPO/seed-data/demo-identities.json" \
      --server-pid "$SERVER_PID" --out "$RUN/results.json" )
}

mkdir -p "$PERF_DIR"
case "${1:-}" in
  prepare) build; database; echo "Database: $DB" ;;
  dashboard-load) build; dashboard_load ;;
  circuits) build; circuits ;;
  signin) build; signin ;;
  heap) build; heap ;;
  office-search) build; office_search ;;
  scale) build; scale ;;
  cluster-fanout) build; cluster_fanout ;;
  all) build; dashboard_load; circuits; signin ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
