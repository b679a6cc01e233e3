#!/usr/bin/env bash
# A cluster on 127.0.0.1 for trying the scale-out (docs/scale-out.md): a throw-away PostgreSQL, two portal instances
# with the demo data (Development; the demo feed runs on the first only) and nginx in front of them with the sample
# configuration (deploy/nginx/portal.conf, over plain HTTP). Installs Debian's postgresql and nginx when missing.
# Ctrl-C stops everything and deletes the database.
#   deploy/local-cluster.sh [--port 8080]
#   deploy/local-cluster.sh nginx PORT ADDRESS...    nginx alone, in the foreground, on 127.0.0.1:PORT in front of the
#                                                    instances at ADDRESS (host:port): the cluster's end-to-end test
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/services.sh"

ensure_nginx() {
  if nginx_missing; then
    echo "Installing nginx (apt-get)..."
    apt_install nginx-light
  fi
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
}

# write_nginx FOLDER PORT ADDRESS...: the sample configuration made local (plain HTTP on 127.0.0.1:PORT, these
# instances) and an nginx.conf around it that keeps everything in FOLDER.
write_nginx() {
  local folder=$1 port=$2 servers="" address
  shift 2
  for address in "$@"; do servers+="    server $address max_fails=1 fail_timeout=10s;\n"; done
  mkdir -p "$folder/temp"
  chmod 755 "$folder"
  sed -e '/# tls$/d' -e '/# instance$/d' -e 's/ Secure;//' \
      -e "s|^\( *\)listen .*# listen$|\1listen 127.0.0.1:$port;|" \
      -e "s|^\( *\)keepalive 32;|$servers\1keepalive 32;|" \
      "$root/deploy/nginx/portal.conf" > "$folder/portal.conf"
  # As root the workers run as nobody (Debian has no group "nobody").
  local user=""
  [ "$(id -u)" -eq 0 ] && user="user nobody nogroup;"
  cat > "$folder/nginx.conf" <<CONF
$user
worker_processes 1;
pid $folder/nginx.pid;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $folder/temp/body;
    proxy_temp_path $folder/temp/proxy;
    fastcgi_temp_path $folder/temp/fastcgi;
    uwsgi_temp_path $folder/temp/uwsgi;
    scgi_temp_path $folder/temp/scgi;
    include $folder/portal.conf;
}
CONF
}

run_nginx() { # FOLDER; exec, so the background job's pid is nginx's own
  exec "$NGINX" -p "$1" -c "$1/nginx.conf" -e "$1/error.log" -g 'daemon off;'
}

if [ "${1:-}" = "nginx" ]; then
  [ $# -ge 3 ] || { echo "usage: deploy/local-cluster.sh nginx PORT ADDRESS..." >&2; exit 2; }
  ensure_nginx
  folder=$(mktemp -d /tmp/portal-nginx.XXXXXX)
  write_nginx "$folder" "${@:2}"
  # In the background and waited for, so a TERM reaches the trap at once: nginx stops, then its folder goes.
  run_nginx "$folder" &
  nginx_pid=$!
  trap 'kill -TERM "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; rm -rf "$folder"' EXIT
  trap 'exit 143' TERM INT
  wait "$nginx_pid"
  exit
fi

port=8080
if [ "${1:-}" = "--port" ] && [ $# -ge 2 ]; then port=$2; fi
ensure_nginx
folder=$(mktemp -d /tmp/portal-cluster.XXXXXX)
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  postgres_stop
  rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM

postgres_start portal
"${PG_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U portal portal
echo "Building the portal..."
dotnet build "$root/Portal.App" -nologo -v q -clp:ErrorsOnly

# One SSN fingerprint key for both: a case found on one instance is found on the other.
key=$(head -c 32 /dev/urandom | base64)
addresses=()
for n in 1 2; do
  app_port=$(free_port)
  ASPNETCORE_ENVIRONMENT=Development \
  Database__Provider=Postgres \
  ConnectionStrings__Portal="Host=127.0.0.1;Port=$PG_PORT;Username=portal;Database=portal" \
  SsnFingerprint__Key="$key" \
  ReverseProxy__KnownProxies__0=127.0.0.1 \
  DemoFeed__Enabled=$([ "$n" -eq 1 ] && echo true || echo false) \
    dotnet "$root/Portal.App/bin/Debug/net10.0/Portal.App.dll" --contentRoot "$root/Portal.App" --urls "http://127.0.0.1:$app_port" \
    >"$folder/instance$n.log" 2>&1 &
  pids+=($!)
  addresses+=("127.0.0.1:$app_port")
done

echo "Starting two instances (the first loads the demo data; the second waits for it)..."
for address in "${addresses[@]}"; do
  for _ in $(seq 300); do
    if curl -fsS -o /dev/null "http://$address/health" 2>/dev/null; then break; fi
    sleep 1
  done
  curl -fsS -o /dev/null "http://$address/health" || { echo "The instance at $address did not start: see below." >&2; tail -n 40 "$folder"/instance*.log >&2; exit 1; }
done

write_nginx "$folder/nginx" "$port" "${addresses[@]}"
run_nginx "$folder/nginx" &
pids+=($!)
echo "The portal: http://127.0.0.1:$port (nginx in front of ${addresses[*]}; logs in $folder). Ctrl-C stops it."
wait
