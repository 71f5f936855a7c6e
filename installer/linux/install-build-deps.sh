#!/usr/bin/env bash
# Installs the Debian 12 packages Hookline needs to build and run (with --tests: and test).
# Idempotent: asks apt only for what is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config clang-format git
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6network6 libssl-dev openssl sqlite3 libsqlite3-dev
    qt6-qpa-plugins fonts-dejavu-core xvfb xauth
    # packaging: the AppImage runtime and image, the MSI
    squashfs-tools libsquashfuse-dev zlib1g-dev liblzma-dev libzstd-dev liblz4-dev liblzo2-dev
    libqt6svg6 qt6-wayland wixl msitools curl procps
    # media: WebP (stickers) and other image formats for thumbnails
    qt6-image-formats-plugins
    # fuzzing: clang with libFuzzer and the sanitizers
    clang libclang-rt-14-dev
    # team scale: Qt's PostgreSQL driver
    libqt6sql6-psql
    # languages: lrelease and lupdate, and Qt's own Spanish and Portuguese catalogues
    qt6-l10n-tools qt6-translations-l10n
    # secrets: the desktop keyring (Secret Service, KWallet) through QtKeychain
    qtkeychain-qt6-dev
)
# --tests: what only the tests need, a PostgreSQL server (never installed by ./run.sh).
if [ "${1:-}" = "--tests" ]; then
    packages+=(postgresql postgresql-client)
    # a real Secret Service for the keyring tests, on a private session bus
    packages+=(gnome-keyring dbus-daemon dbus-bin)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
