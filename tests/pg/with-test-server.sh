#!/usr/bin/env bash
# Runs a command with the tests' PostgreSQL server started (tests/pg/test-server.sh), and stops
# the server afterwards, whatever the command's outcome.
#
#   tests/pg/with-test-server.sh ctest --preset dev
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${HOOKLINE_TEST_PG_DIR:-$root/build/pg}"
eval "$("$root/tests/pg/test-server.sh" start "$dir")"
trap '"$root/tests/pg/test-server.sh" stop "$dir"' EXIT
"$@"
