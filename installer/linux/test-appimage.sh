#!/usr/bin/env bash
# Tries the AppImage as a user would, with LD_LIBRARY_PATH and QT_PLUGIN_PATH unset: --version,
# the runtime's --appimage-* options, `serve` answering /healthz (and the Qt libraries mapped
# from the AppImage, not the system), `serve` on a PostgreSQL database through the driver and
# libpq the AppImage carries, and the console under Xvfb (a screenshot of each view).
#
#   tests/pg/with-test-server.sh installer/linux/test-appimage.sh [APPIMAGE]
#       (default: the one build-appimage.sh made; without the test server's HOOKLINE_TEST_PG
#       the PostgreSQL part is skipped, except in CI where that fails)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
appimage="${1:-$(ls "$root"/build/release/appimage/Hookline-*-x86_64.AppImage | head -1)}"
appimage="$(readlink -f "$appimage")"
work="$(mktemp -d)"
serve_pid=""
cleanup() {
    [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
run() { env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH TMPDIR="$work" "$appimage" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. The version is CMake's project version.
expected="$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -1)"
[ "$(run --version)" = "hookline $expected" ] || fail "--version: $(run --version)"
echo "ok: --version is hookline $expected"

# The runtime's own options: where the image starts (right after the runtime), and extracting.
runtime_size="$(stat -c %s "$(dirname "$appimage")/runtime")"
[ "$(run --appimage-offset)" = "$runtime_size" ] || fail "--appimage-offset: $(run --appimage-offset)"
(cd "$work" && run --appimage-extract extracted >/dev/null)
[ -x "$work/extracted/AppRun" ] && [ -x "$work/extracted/usr/bin/hookline" ] &&
    [ -f "$work/extracted/usr/share/metainfo/app.hookline.Hookline.metainfo.xml" ] &&
    [ -L "$work/extracted/.DirIcon" ] || fail "--appimage-extract left an incomplete tree"
grep -q "release version=\"$expected\"" \
    "$work/extracted/usr/share/metainfo/app.hookline.Hookline.metainfo.xml" ||
    fail "the AppStream metadata does not carry version $expected"
rm -rf "$work/extracted"
echo "ok: --appimage-offset is the runtime's size; --appimage-extract gives the whole AppDir"
# What scripts and containers pass to every AppImage: the runtime takes it, the application
# never sees it.
[ "$(run --appimage-extract-and-run --version)" = "hookline $expected" ] ||
    fail "--appimage-extract-and-run --version: $(run --appimage-extract-and-run --version 2>&1)"
[ "$(run --appimage-version)" = "Hookline AppImage runtime $expected" ] ||
    fail "--appimage-version: $(run --appimage-version)"
run --appimage-help | grep -q -- "--appimage-extract-and-run" || fail "--appimage-help"
echo "ok: --appimage-extract-and-run, --appimage-version and --appimage-help"

# 2. serve answers /healthz, on Qt libraries from the AppImage.
printf 'appimage-secret\nappimage-token\n' | run apps add --db "$work/h.sqlite" --app-id a >/dev/null
env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH TMPDIR="$work" "$appimage" serve --db "$work/h.sqlite" \
    --listen 127.0.0.1:0 --no-log-file >"$work/serve.out" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do
    grep -q 'listening on' "$work/serve.out" && break
    sleep 0.1
done
port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/serve.out")"
[ -n "$port" ] || fail "serve did not start: $(cat "$work/serve.out")"
health="$(curl -fsS "http://127.0.0.1:$port/healthz")"
[ "$health" = '{"status":"ok"}' ] || fail "/healthz: $health"
echo "ok: serve answers /healthz on port $port"
hookline_pid="$(pgrep -f -n "$work/.hookline-appimage-.*/usr/bin/hookline")" ||
    fail "no hookline process from the AppImage"
maps="$(grep -o '/[^ ]*libQt6[A-Za-z]*\.so[.0-9]*' "/proc/$hookline_pid/maps" | sort -u)"
echo "$maps" | grep -q libQt6Core || fail "no Qt library mapped"
if echo "$maps" | grep -v "$work/.hookline-appimage-" | grep -q .; then
    fail "Qt libraries from outside the AppImage: $(echo "$maps" | grep -v "$work")"
fi
echo "ok: every Qt library mapped comes from the AppImage:"
echo "$maps" | sed "s|$work/|    \$TMPDIR/|"
kill "$serve_pid"
wait "$serve_pid" 2>/dev/null || true
serve_pid=""
[ -z "$(ls -A "$work" | grep hookline-appimage || true)" ] || fail "the extracted files stayed"
echo "ok: serve stopped and the extracted files are gone"

# 3. serve on a team's PostgreSQL database, through the QPSQL driver and the libpq inside.
if [ -n "${HOOKLINE_TEST_PG:-}" ]; then
    pgdb="hookline_appimage_$$"
    psql "$HOOKLINE_TEST_PG" -qc "CREATE DATABASE $pgdb"
    url="${HOOKLINE_TEST_PG%/*}/$pgdb"
    drop_pg() { psql "$HOOKLINE_TEST_PG" -qc "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" || true; }
    printf 'pg-secret\npg-token\n' |
        run apps add --db "$url" --secrets-file "$work/pg.secrets" --app-id team >/dev/null ||
        { drop_pg; fail "apps add on PostgreSQL"; }
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH TMPDIR="$work" "$appimage" serve --db "$url" \
        --secrets-file "$work/pg.secrets" --listen 127.0.0.1:0 --no-log-file \
        >"$work/serve-pg.out" 2>&1 &
    serve_pid=$!
    for _ in $(seq 150); do
        grep -q 'listening on http' "$work/serve-pg.out" && break
        sleep 0.1
    done
    port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/serve-pg.out")"
    [ -n "$port" ] || { drop_pg; fail "serve on PostgreSQL did not start: $(cat "$work/serve-pg.out")"; }
    challenge="$(curl -fsS "http://127.0.0.1:$port/webhook?hub.mode=subscribe&hub.challenge=77&hub.verify_token=pg-token")"
    hookline_pid="$(pgrep -f -n "$work/.hookline-appimage-.*/usr/bin/hookline")" || true
    loaded="$(grep -oE '/[^ ]*(libqsqlpsql|libpq)\.so[.0-9]*' "/proc/$hookline_pid/maps" | sort -u)"
    kill "$serve_pid"
    wait "$serve_pid" 2>/dev/null || true
    serve_pid=""
    tables="$(run apps list --db "$url" --secrets-file "$work/pg.secrets" --format json)"
    drop_pg
    [ "$challenge" = 77 ] || fail "the handshake on PostgreSQL answered: $challenge"
    echo "$tables" | grep -q '"team"' || fail "apps list on PostgreSQL: $tables"
    [ "$(echo "$loaded" | grep -c "$work/.hookline-appimage-")" = 2 ] ||
        fail "the PostgreSQL driver and libpq are not both the AppImage's own: $loaded"
    echo "ok: serve on PostgreSQL answers the handshake, with the AppImage's driver and libpq:"
    echo "$loaded" | sed "s|$work/|    \$TMPDIR/|"
elif [ "${CI:-}" = "true" ]; then
    fail "no HOOKLINE_TEST_PG: run this through tests/pg/with-test-server.sh"
else
    echo "skipped: serve on PostgreSQL (no HOOKLINE_TEST_PG; see tests/pg/with-test-server.sh)"
fi

# 4. The console under Xvfb.
shots="${SCREENSHOT_DIR:-$work/shots}"
QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1280x800x24" \
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH TMPDIR="$work" "$appimage" \
    --db "$work/h.sqlite" --listen 127.0.0.1:0 --no-log-file --size 1280x800 \
    --screenshots "$shots" --screenshot-prefix appimage 2>"$work/console.err" ||
    fail "the console failed: $(cat "$work/console.err")"
[ -s "$shots/appimage-conversations.png" ] || fail "no screenshot"
echo "ok: the console opened under Xvfb ($(ls "$shots" | wc -l) screenshots in $shots)"
