#!/usr/bin/env bash
# Installs what is missing, builds Hookline and starts it with its embedded receiver and a
# database in the user's data folder. Extra arguments go to hookline (e.g. --listen).
set -euo pipefail
cd "$(dirname "$0")"
./installer/linux/install-build-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
exec ./build/dev/bin/hookline "$@"
