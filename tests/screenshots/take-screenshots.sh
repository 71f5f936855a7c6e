#!/usr/bin/env bash
# Runs the real console under Xvfb on a demo database built from the shared fixtures and saves
# a picture of each main view at 1280x800 and 1920x1080, in the light and the dark palette, and
# at 1280x800 in Spanish and Brazilian Portuguese.
#
#   tests/screenshots/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/dev (run ./test.sh or ./run.sh first); OUT_DIR to
# BUILD_DIR/screenshots.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build/dev}"
out="${2:-$build/screenshots}"
hookline="$build/bin/hookline"
fixtures="${HOOKLINE_FIXTURES_DIR:-$root/../shared/fixtures/whatsapp}"
[ -x "$hookline" ] || { echo "no $hookline: build first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
# The demo's secrets in a file beside it, never in the keyring of whoever runs this.
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" HOOKLINE_KEYRING=off
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# The fixture world: two Meta apps, three lines (see the fixtures' README).
printf 'demo-secret-northwind\ndemo-token-northwind\n' |
    "$hookline" apps add --db "$db" --app-id northwind --label "Northwind Home Goods" >/dev/null
printf 'demo-secret-lumen\ndemo-token-lumen\n' |
    "$hookline" apps add --db "$db" --app-id lumen --label "Lumen Dental" >/dev/null
"$hookline" lines add --db "$db" --phone-number-id 106540352242922 --app-id northwind \
    --waba-id 102290129340398 --label Support --display "+1 555 010 0001" >/dev/null
"$hookline" lines add --db "$db" --phone-number-id 107711223344556 --app-id northwind \
    --waba-id 102290129340398 --label Sales --display "+1 555 010 0002" >/dev/null
"$hookline" lines add --db "$db" --phone-number-id 108877665544332 --app-id lumen \
    --waba-id 109988776655443 --label Clinic --display "+1 555 010 0003" >/dev/null
# Every fixture, and a three-day thread with runs of business messages and a failed one.
"$root/tests/screenshots/three-day-thread.sh" "$work/thread"
"$hookline" replay --db "$db" "$fixtures"/*.json "$work/thread"/*.json 2>/dev/null | tail -1

mkdir -p "$out"
shoot() { # size theme language prefix
    # Each run on a fresh copy: opening a conversation marks it read.
    rm -rf "$work/run" && mkdir "$work/run"
    cp "$db" "$work/run/demo.sqlite" && cp "$work/demo.projections.sqlite" "$work/run/"
    cp "$db.secrets" "$work/run/demo.sqlite.secrets"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 ${1}x24" \
        "$hookline" --db "$work/run/demo.sqlite" --listen 127.0.0.1:0 --theme "$2" --size "$1" \
        --lang "$3" --screenshots "$out" --screenshot-prefix "$4" 2>/dev/null
}
for size in 1280x800 1920x1080; do
    for theme in light dark; do
        shoot "$size" "$theme" en "$size-$theme"
    done
done
shoot 1280x800 light es es-1280x800-light
shoot 1280x800 light pt_BR pt_BR-1280x800-light
# What the demo tour cannot show (it replays fixtures, so every window is closed and no media is
# downloaded): the console test against the mock Graph API saves media bubbles and the viewer,
# the composer inside and outside the window, and the template picker.
console_test="$build/tests/ui/tst_console"
if [ -x "$console_test" ]; then
    HOOKLINE_TEST_SHOTS="$out" QT_QPA_PLATFORM=xcb LANGUAGE=en xvfb-run -a -s "-screen 0 1280x800x24" \
        "$console_test" mediaShowInTheirBubbles replyFromTheConsoleInsideTheWindow \
        templatePickerListsAndFillsVariables >/dev/null 2>&1 ||
        echo "the console test's pictures failed; run $console_test to see why" >&2
fi
ls "$out"/*.png | wc -l | xargs printf '%s screenshots in '"$out"'\n'
