#!/usr/bin/env bash
# Runs every test: installs what the tests need from Debian when it is missing (Chromium's headless shell for the end-to-end tests,
# ClamAV's clamd for the document scanner's tests, PostgreSQL and nginx for its leg), builds the benchmarks and the solution
# (the seed generator is in it), then `dotnet test Portal.sln` on SQLite, then the PostgreSQL leg (scripts/postgres-tests.sh: the
# data-access tests on a throw-away server it starts and removes). Extra arguments go to the SQLite run's dotnet test
# (e.g. --filter Domain).
set -euo pipefail
cd "$(dirname "$0")"

source scripts/lib/services.sh

# What the tests need from Debian, installed in one apt run when missing: Chromium's headless shell (end-to-end tests: half
# the CPU of the full browser, which runs its own UI even headless), ClamAV's clamd (the scanner tests start their own,
# on their own port), PostgreSQL (the leg starts its own throw-away server) and nginx (the cluster's end-to-end test
# runs its own). apt_install keeps the packages from starting services of their own while they install.
missing=()
if [ -z "${PORTAL_CHROMIUM:-}" ] && [ ! -x /usr/lib/chromium/chromium-headless-shell ]; then missing+=(chromium-headless-shell); fi
if ! command -v clamd >/dev/null && [ ! -x /usr/sbin/clamd ]; then missing+=(clamav-daemon); fi
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then missing+=(postgresql); fi
if nginx_missing; then missing+=(nginx-light); fi
# The download and unpacking wait on the network and the disk, so they run while the code builds (unless sudo would
# ask for a password, which needs the terminal).
apt_pid=""; apt_log=$(mktemp)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests (apt-get)..."
  if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
    apt_install "${missing[@]}" >"$apt_log" 2>&1 &
    apt_pid=$!
  else
    apt_install "${missing[@]}"
  fi
fi

# The benchmarks, outside Portal.sln, are built too, so they cannot rot unnoticed (the seed generator is in it).
for project in perf/Portal.Perf perf/Portal.HeapStat; do
  dotnet build "$project" -nologo -v q -clp:ErrorsOnly
done

dotnet build Portal.sln -nologo -v q -clp:ErrorsOnly
if [ -n "$apt_pid" ] && ! wait "$apt_pid"; then
  echo "Installing ${missing[*]} failed:" >&2
  cat "$apt_log" >&2
  exit 1
fi
rm -f "$apt_log"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Portal.sln --no-build "$@" 2>&1 | tee "$log"
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
