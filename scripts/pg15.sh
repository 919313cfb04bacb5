#!/usr/bin/env bash
# A throwaway Debian PostgreSQL 15 cluster for the integration tests (Lantern must work on the versions that
# NHS and council servers run, not only on the embedded 18).
#
#   scripts/pg15.sh start       starts a cluster in a new temp folder; prints on stdout
#                                   PG15_DIR=/tmp/lantern-pg15-XXXXXX
#                                   TEST_DATABASE_URL=postgres://lantern:…@127.0.0.1:PORT/postgres
#                               (the same two lines are written to $PG15_DIR/env). Progress goes to stderr.
#   scripts/pg15.sh stop DIR    stops that cluster and removes DIR
#
# The binaries come from `apt-get install -y postgresql` (/usr/lib/postgresql/15/bin, not on PATH; override with
# PG15_BIN). initdb refuses to run as root, so as root the server runs as the `postgres` user via runuser.
# The cluster is disposable: fsync is off. It listens on 127.0.0.1 only, on a free port, with its socket in the temp
# folder, so it never conflicts with the apt package's own cluster on 5432.
set -Eeuo pipefail

BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin}
MARKER=.lantern-pg15

say() { printf '[pg15] %s\n' "$*" >&2; }

need_binaries() {
  local b
  for b in initdb pg_ctl; do
    if [[ ! -x $BIN/$b ]]; then
      echo "PostgreSQL 15 not found: apt-get install -y postgresql (no $BIN/$b)" >&2
      exit 1
    fi
  done
}

# As root, run the server's commands as the postgres user; otherwise as ourselves.
AS_OWNER=()
if [[ $(id -u) -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "pg15: running as root but there is no 'postgres' user to run the server (the postgresql package creates it)" >&2
    exit 1
  fi
  AS_OWNER=(runuser -u postgres --)
fi

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

stop_cluster() {
  local dir=$1
  if [[ ! -f $dir/$MARKER ]]; then
    echo "pg15: $dir is not a folder made by scripts/pg15.sh start; refusing to touch it" >&2
    return 1
  fi
  if [[ -f $dir/data/postmaster.pid ]]; then
    "${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
      || "${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || say "could not stop the server in $dir/data (already stopped?)"
  fi
  rm -rf -- "$dir"
}

start_cluster() {
  need_binaries
  local dir password port url attempt
  dir=$(mktemp -d "${TMPDIR:-/tmp}/lantern-pg15-XXXXXX")
  touch "$dir/$MARKER"
  chmod 0711 "$dir"
  # On failure part-way, leave nothing behind.
  trap 'say "start failed; log follows"; cat "$dir/server.log" >&2 2>/dev/null || true; stop_cluster "$dir" || true' ERR

  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" >"$dir/pwfile"
  mkdir "$dir/data"
  if [[ ${#AS_OWNER[@]} -gt 0 ]]; then chown -R postgres:postgres "$dir"; fi
  chmod 0600 "$dir/pwfile"

  # The bootstrap superuser is `lantern`, with a password; no other role exists.
  "${AS_OWNER[@]}" "$BIN/initdb" -D "$dir/data" -U lantern --pwfile="$dir/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; false; }
  rm -f "$dir/pwfile"

  for attempt in 1 2 3; do
    port=$(free_port)
    if "${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    # Another process took the port between our check and the server's bind: try another.
    [[ $attempt -lt 3 ]] || false
    say "start on port $port failed; retrying"
  done

  url="postgres://lantern:${password}@127.0.0.1:${port}/postgres"
  if [[ -x $BIN/psql ]]; then
    say "PostgreSQL $("$BIN/psql" "$url" -Atc 'show server_version') ready on 127.0.0.1:$port ($dir)"
  else
    say "PostgreSQL 15 ready on 127.0.0.1:$port ($dir)"
  fi
  trap - ERR
  printf 'PG15_DIR=%s\nTEST_DATABASE_URL=%s\n' "$dir" "$url" | tee "$dir/env"
  chmod 0600 "$dir/env"
}

case ${1:-} in
  start) start_cluster ;;
  stop)
    [[ -n ${2:-} ]] || { echo "usage: scripts/pg15.sh stop DIR" >&2; exit 2; }
    stop_cluster "$2"
    ;;
  *)
    echo "usage: scripts/pg15.sh start | stop DIR" >&2
    exit 2
    ;;
esac
