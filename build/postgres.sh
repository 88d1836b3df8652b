#!/usr/bin/env bash
# A throwaway local PostgreSQL server for the tests (and for trying the PostgreSQL engine by hand).
#   build/postgres.sh start <folder> [port]   creates the cluster if needed, starts it, prints the connection string
#   build/postgres.sh stop  <folder>          stops it (the folder can then be deleted)
# Installs PostgreSQL 15 from Debian when it is missing. The superuser password is random, made per
# cluster and kept only in <folder>/password: no password is written in the repository.
set -euo pipefail
cmd=${1:?start or stop}; dir=${2:?cluster folder}; port=${3:-55432}
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing PostgreSQL (Debian)" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  else
    echo "PostgreSQL is not installed: install it (e.g. 'sudo apt-get install postgresql')." >&2; exit 1
  fi
fi

# initdb and postgres refuse to run as root: the cluster belongs to the postgres user then.
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi

case "$cmd" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
      chmod 600 "$dir/password"; [ "$(id -u)" = 0 ] && chown postgres "$dir/password"
      as "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # Loopback only; fsync off because the data is thrown away (a crash loses nothing that matters).
    as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$(cat "$dir/password")"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    ;;
  *) echo "usage: $0 start|stop <folder> [port]" >&2; exit 2 ;;
esac
