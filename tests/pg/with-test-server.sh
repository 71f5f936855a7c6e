#!/usr/bin/env bash
# Runs a command with the tests' PostgreSQL server started (tests/pg/test-server.sh), and stops
# the server afterwards, whatever the command's outcome.
#
#   tests/pg/with-test-server.sh ctest --preset dev
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# Outside the tree: the server runs as the postgres user when this runs as root, and the tree
# may sit in a folder only its owner can enter.
dir="${HOOKLINE_TEST_PG_DIR:-${TMPDIR:-/tmp}/hookline-test-pg-$(id -u)-$(printf %s "$root" | cksum | cut -d' ' -f1)}"
environment="$("$root/tests/pg/test-server.sh" start "$dir")"
eval "$environment"
trap '"$root/tests/pg/test-server.sh" stop "$dir"' EXIT
"$@"
