#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the team-mode tests, on 127.0.0.1 only, under a temporary folder.
#   pg-test-server.sh start STATE   initdb (password authentication), start on a free port, and write
#                                   STATE/address (postgresql://gonogo@127.0.0.1:PORT/gonogo), STATE/password,
#                                   STATE/pgdata and STATE/socket
#   pg-test-server.sh stop STATE    stop the cluster and remove its folder
# As root (CI), initdb and pg_ctl run as the postgres user. Fails loudly when the server cannot start: the tests
# that need it must fail, not skip.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state folder}
bin=/usr/lib/postgresql/15/bin

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$state/pgdata" ]; then
        local data
        data=$(cat "$state/pgdata")
        if [ -d "$data/data" ]; then
            as_owner "$bin/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$data"
        rm -f "$state/pgdata"
    fi
}

case "$action" in
start)
    [ -x "$bin/initdb" ] || { echo "pg-test-server: PostgreSQL 15 is not installed (package postgresql-15)" >&2; exit 1; }
    mkdir -p "$state"
    stop
    data=$(mktemp -d /tmp/gonogo-pg.XXXXXX)
    echo "$data" >"$state/pgdata"
    chmod 700 "$data"
    [ "$(id -u)" -ne 0 ] || chown postgres "$data"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$password" >"$data/pwfile"
    [ "$(id -u)" -ne 0 ] || chown postgres "$data/pwfile"
    as_owner "$bin/initdb" -D "$data/data" -U gonogo --pwfile="$data/pwfile" -A scram-sha-256 -E UTF8 \
        --locale=C.UTF-8 >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; exit 1; }
    rm -f "$data/pwfile"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=on" start >/dev/null ||
        { cat "$data/server.log" >&2; exit 1; }
    as_owner env PGPASSWORD="$password" "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U gonogo \
        -d postgres -c "CREATE DATABASE gonogo" >/dev/null
    printf '%s\n' "$password" >"$state/password"
    chmod 600 "$state/password"
    echo "postgresql://gonogo@127.0.0.1:$port/gonogo" >"$state/address"
    echo "$data" >"$state/socket"
    echo "pg-test-server: PostgreSQL 15 listening on 127.0.0.1:$port ($data)"
    ;;
stop)
    stop
    echo "pg-test-server: stopped"
    ;;
*)
    echo "pg-test-server: start or stop, not $action" >&2
    exit 2
    ;;
esac
