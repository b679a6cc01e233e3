# Sourced by scripts/postgres-tests.sh and deploy/local-cluster.sh: Debian packages installed when missing, free
# loopback ports, and a throw-away PostgreSQL server (its own data folder, 127.0.0.1, trust for local connections only).

# apt_install PACKAGE...: installs them without letting any package start a service of its own (a server on 5432,
# nginx on 80): nothing here may leave one running.
apt_install() {
  local sudo="" policy=/usr/sbin/policy-rc.d own_policy=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null; $sudo chmod +x "$policy"; own_policy=1; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
  if [ -n "$own_policy" ]; then $sudo rm -f "$policy"; fi
}

# nginx_missing: true when nginx is not installed (Debian puts it in /usr/sbin, not always on PATH).
nginx_missing() { ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; }

# free_port: prints a loopback port nothing answers on.
free_port() {
  local candidate
  for _ in $(seq 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  echo "No free port on 127.0.0.1" >&2
  return 1
}

# postgres_start USER: installs Debian's postgresql when missing and starts a throw-away server as USER (superuser,
# trust) on a free port; sets PG_PORT and PG_FOLDER. PG_PIN (e.g. taskset -c 1) runs the server under it; PG_SETTINGS
# adds server settings (-c name=value ...).
# postgres_stop stops it and deletes its folder.
postgres_start() {
  local user=$1 started
  started=$(date +%s)
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "Installing PostgreSQL (apt-get)..."
    apt_install postgresql
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  # PostgreSQL refuses to run as root: then the server runs as the package's own "postgres" user.
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then PG_AS=(runuser -u postgres --); fi
  PG_FOLDER=$(mktemp -d /tmp/portal-pg.XXXXXX)
  chmod 755 "$PG_FOLDER"
  [ "${#PG_AS[@]}" -gt 0 ] && chown postgres "$PG_FOLDER"
  PG_PORT=$(free_port)
  # No locale (byte order, like SQLite's BINARY collation), no fsync: the data is thrown away.
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_FOLDER/data" -U "$user" --auth=trust --no-locale -E UTF8 --no-sync >/dev/null
  "${PG_AS[@]}" ${PG_PIN[@]+"${PG_PIN[@]}"} "$PG_BIN/pg_ctl" -D "$PG_FOLDER/data" -l "$PG_FOLDER/server.log" -w -s start -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_FOLDER -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${PG_SETTINGS:-}"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($(( $(date +%s) - started )) s to start)"
}

postgres_stop() {
  [ -n "${PG_FOLDER:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_FOLDER/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_FOLDER"
  PG_FOLDER=""
}
