#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the share host's tests (the ctest fixture "postgres").
#   pg-cluster.sh start STATE   initdb a cluster in a new temporary directory (as the postgres user
#                               when run as root), listening only on a unix socket in that directory,
#                               create the database "carnet", and write its URL
#                               (postgresql://postgres@/carnet?host=SOCKETDIR) to STATE/url.
#   pg-cluster.sh halt STATE    stop that cluster's server (fast shutdown: clients are disconnected),
#                               keeping its data; resume STATE starts it again (same data and socket).
#   pg-cluster.sh stop STATE    stop that cluster, remove its directory and STATE.
# Exit status 0, 77 when PostgreSQL is not installed (ctest then skips the PostgreSQL tests, which find
# no STATE/url and exit 77 too), 1 on any other failure. Override the binaries' directory with PG_BIN.
set -euo pipefail
cmd=${1:-}
state=${2:-}
if [[ -z $cmd || -z $state ]]; then
  echo "usage: pg-cluster.sh start|halt|resume|stop STATEDIR" >&2
  exit 1
fi

find_bin() {
  local d
  if [[ -n ${PG_BIN:-} ]]; then
    if [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]]; then echo "$PG_BIN"; fi
    return 0
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) /usr/bin; do
    if [[ -x $d/initdb && -x $d/pg_ctl ]]; then echo "$d"; return 0; fi
  done
  return 0
}

# Runs a command as the cluster's owner: the postgres user when we are root (initdb refuses root).
as_owner() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case $cmd in
start)
  bin=$(find_bin)
  if [[ -z $bin ]] || { [[ $(id -u) == 0 ]] && ! id postgres >/dev/null 2>&1; }; then
    echo "pg-cluster: PostgreSQL is not installed (no initdb); the PostgreSQL tests are skipped"
    exit 77
  fi
  # A cluster left by an interrupted run is stopped first.
  if [[ -f $state/cluster ]]; then "$0" stop "$state" || true; fi
  mkdir -p "$state"
  rm -f "$state/url"
  dir=$(mktemp -d /tmp/carnet-pg.XXXXXX)
  echo "$dir" >"$state/cluster"
  chmod 755 "$dir"
  mkdir "$dir/data" "$dir/sock"
  [[ $(id -u) == 0 ]] && chown postgres: "$dir/data" "$dir/sock"
  # The default port: with listen_addresses='' it only names the socket file, which is private.
  port=5432
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    echo "pg-cluster: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/sock/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir/sock' -p $port -c max_connections=200 -c fsync=off" \
    start >/dev/null || { echo "pg-cluster: the server did not start:" >&2; cat "$dir/sock/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h "$dir/sock" -p "$port" -U postgres carnet
  echo "postgresql://postgres@/carnet?host=$dir/sock" >"$state/url"
  echo "pg-cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $dir/sock (database carnet)"
  ;;
halt)
  as_owner "$(find_bin)/pg_ctl" -D "$(cat "$state/cluster")/data" -m fast -w -t 60 stop >/dev/null
  ;;
resume)
  dir=$(cat "$state/cluster")
  as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -l "$dir/sock/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir/sock' -p 5432 -c max_connections=200 -c fsync=off" \
    start >/dev/null
  ;;
stop)
  bin=$(find_bin)
  if [[ -f $state/cluster ]]; then
    dir=$(cat "$state/cluster")
    if [[ $dir == /tmp/carnet-pg.* && -d $dir ]]; then
      [[ -n $bin && -f $dir/data/postmaster.pid ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
      rm -rf "$dir"
    fi
  fi
  rm -rf "$state"
  ;;
*)
  echo "usage: pg-cluster.sh start|halt|resume|stop STATEDIR" >&2
  exit 1
  ;;
esac
