#!/bin/sh
# Runs a command on a private D-Bus session bus with a GNOME Keyring (a real Secret Service) of
# its own, unlocked, in a temporary home: the keyring of the person running the tests is never
# touched. Used by tst_keyring; needs gnome-keyring and dbus-daemon (install-build-deps.sh --tests).
set -eu
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS HOOKLINE_KEYRING HOOKLINE_SECRETS_FILE CREDENTIALS_DIRECTORY
# The keyring daemon leaves with the bus when the command ends.
status=0
dbus-run-session -- sh -c '
    printf "%s" keyring-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" || status=$?
exit "$status"
