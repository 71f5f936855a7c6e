#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests: its own cluster in a folder of the
# build, its own port, a password-protected role whose password sits in a libpq password file
# (never on a command line).
#
#   tests/pg/test-server.sh start DIR   # prints the environment the tests read (eval it)
#   tests/pg/test-server.sh stop DIR
set -euo pipefail
action="${1:?start or stop}"
dir="$(mkdir -p "${2:?folder}" && cd "$2" && pwd)"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

# The server refuses to run as root: use the postgres system user then.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The first free port from 54329 (another run may hold one), kept for the cluster's life.
port_of() {
    if [ -f "$dir/port" ]; then
        cat "$dir/port"
        return
    fi
    local p="${HOOKLINE_TEST_PG_PORT:-54329}"
    while (: </dev/tcp/127.0.0.1/"$p") 2>/dev/null; do
        p=$((p + 1))
    done
    echo "$p" > "$dir/port"
    echo "$p"
}

case "$action" in
start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        rm -f "$dir/port"
    fi
    port="$(port_of)"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        rm -rf "$dir/data"
        mkdir -p "$dir/data" "$dir/socket"
        [ "$(id -u)" = 0 ] && chown -R postgres: "$dir/data" "$dir/socket"
        password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
        printf '%s\n' "$password" > "$dir/superuser-password"
        [ "$(id -u)" = 0 ] && chown postgres: "$dir/superuser-password"
        chmod 600 "$dir/superuser-password"
        as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/superuser-password" \
            --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
        rm -f "$dir/superuser-password"
        printf '127.0.0.1:%s:*:postgres:%s\n127.0.0.1:%s:*:hookline:%s\n' \
            "$port" "$password" "$port" "$password" > "$dir/pgpass"
        chmod 600 "$dir/pgpass"
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=on \
                -c synchronous_commit=on -c max_connections=200" >/dev/null
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        echo "the test PostgreSQL server did not start; see $dir/data/server.log" >&2
        exit 1
    fi
    export PGPASSFILE="$dir/pgpass"
    if ! psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_roles WHERE rolname = 'hookline'" | grep -q 1; then
        password="$(awk -F: '$4 == "hookline" { print $5 }' "$dir/pgpass")"
        psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE hookline LOGIN CREATEDB PASSWORD '$password'"
    fi
    echo "export PGPASSFILE='$dir/pgpass'"
    echo "export HOOKLINE_TEST_PG='postgresql://hookline@127.0.0.1:$port/postgres'"
    ;;
stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
