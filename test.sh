#!/usr/bin/env bash
# Runs every test: installs what the tests need (Debian's Chromium for the end-to-end tests, ClamAV's clamd for the
# document scanner's tests) when it is missing, builds the seed generator and the benchmarks, then `dotnet test Portal.sln`
# on SQLite, then the PostgreSQL leg (scripts/postgres-tests.sh: the data-access tests on a throw-away PostgreSQL it
# installs, starts and removes). Extra arguments go to the SQLite run's dotnet test (e.g. --filter Domain).
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${PORTAL_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the end-to-end tests (apt-get)..."
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# The scanner tests start their own clamd (own port, own one-file signature database) and stop it afterwards.
if ! command -v clamd >/dev/null && [ ! -x /usr/sbin/clamd ]; then
  echo "Installing ClamAV's daemon for the document scanner tests (apt-get)..."
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clamav-daemon >/dev/null
fi

# The tools outside Portal.sln (seed generator, benchmarks) are built too, so they cannot rot unnoticed.
for project in seed-data/Portal.SeedData perf/Portal.Perf perf/Portal.HeapStat; do
  dotnet build "$project" -nologo -v q -clp:ErrorsOnly
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Portal.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
scripts/postgres-tests.sh --no-build 2>&1 | tee -a "$log"
postgres_status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && status=$postgres_status
set -e

# One closing line for CI: the totals over every test assembly.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed"
exit "$status"
