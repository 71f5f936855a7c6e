#!/usr/bin/env bash
# Installs what is missing, builds Hookline and runs the whole test suite.
# With CI=true: the "ci" preset (compiler warnings are errors).
set -euo pipefail
cd "$(dirname "$0")"
./installer/linux/install-build-deps.sh --tests
preset=dev
if [ "${CI:-}" = "true" ]; then
    preset=ci
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
# The PostgreSQL tests get a server of their own on loopback, stopped afterwards.
./tests/pg/with-test-server.sh ctest --preset "$preset" --output-on-failure --timeout 600 "$@"
