#!/usr/bin/env bash
# Builds Hookline-<version>-x64.msi with wixl from a windeployqt-style staged folder and checks
# its File, Shortcut, Upgrade and Property tables with msiinfo.
#
#   installer/windows/build-msi.sh [STAGE_DIR] [OUT_DIR]
#
# STAGE_DIR is what `windeployqt hookline.exe` (or CPack's install step) leaves on a Windows
# build machine. Without it, a stand-in stage with the same layout and placeholder files is
# made: no Qt for Windows exists here, so the MSI's authoring is verified, not the program in it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/installer/windows"
out="${2:-$root/build/msi}"
version="$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -1)"
mkdir -p "$out"
stage="${1:-}"
if [ -z "$stage" ]; then
    stage="$out/stand-in-stage"
    rm -rf "$stage"
    mkdir -p "$stage"/{platforms,sqldrivers,tls,imageformats,styles,iconengines}
    for file in hookline.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll Qt6Sql.dll \
        Qt6HttpServer.dll Qt6WebSockets.dll Qt6Svg.dll qt6keychain.dll libcrypto-3-x64.dll libssl-3-x64.dll \
        D3Dcompiler_47.dll opengl32sw.dll vc_redist.x64.exe \
        platforms/qwindows.dll sqldrivers/qsqlite.dll tls/qschannelbackend.dll \
        tls/qopensslbackend.dll tls/qcertonlybackend.dll imageformats/qico.dll \
        imageformats/qjpeg.dll imageformats/qgif.dll imageformats/qsvg.dll \
        styles/qwindowsvistastyle.dll iconengines/qsvgicon.dll; do
        echo "stand-in for $file (windeployqt output on a Windows build)" > "$stage/$file"
    done
fi
[ -f "$stage/hookline.exe" ] || { echo "no hookline.exe in $stage" >&2; exit 1; }

# The icon, and the licence as RTF (what Windows Installer shows).
cp "$root/resources/icons/hookline.ico" "$out/hookline.ico"
{
    printf '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Segoe UI;}}\\f0\\fs18\n'
    sed -e 's/\\/\\\\/g' -e 's/{/\\{/g' -e 's/}/\\}/g' -e 's/$/\\par/' "$root/LICENSE"
    printf '}\n'
} > "$out/LICENSE.rtf"

# Harvest the stage into components (stable ids and GUIDs from the paths), then link.
find "$stage" -type f | sort |
    wixl-heat --prefix "$stage/" --directory-ref INSTALLDIR --component-group HooklineFiles \
        --var var.StageDir --win64 > "$out/files.wxs"
msi="$out/Hookline-$version-x64.msi"
# wixl resolves sources relative to where it runs.
(cd "$out" && wixl --arch x64 -D Win64=yes -D Version="$version" \
    -D StageDir="$(realpath --relative-to="$out" "$stage")" -D IconFile=hookline.ico \
    -D LicenseFile=LICENSE.rtf -o "$msi" "$here/hookline.wxs" files.wxs)

# What Windows Installer will read.
check() { echo "$2" | grep -q "$3" || { echo "FAIL: $1: no $3" >&2; exit 1; }; }
files="$(msiinfo export "$msi" File)"
shortcuts="$(msiinfo export "$msi" Shortcut)"
upgrade="$(msiinfo export "$msi" Upgrade)"
properties="$(msiinfo export "$msi" Property)"
check File "$files" 'hookline.exe'
check File "$files" 'qwindows.dll'
check File "$files" 'qsqlite.dll'
check File "$files" 'qt6keychain.dll' # the secrets, in the Windows Credential Manager
check File "$files" 'LICENSE.rtf'
check Shortcut "$shortcuts" 'Hookline'
check Shortcut "$shortcuts" 'hookline.ico'
check Upgrade "$upgrade" '{6F0E2B7A-3C55-4B8E-9D0A-5E1C7A2B9F41}'
check Property "$properties" "ProductVersion	$version"
check Property "$properties" 'UpgradeCode	{6F0E2B7A-3C55-4B8E-9D0A-5E1C7A2B9F41}'
check Property "$properties" 'ALLUSERS	1'
check Property "$properties" 'ARPPRODUCTICON	hookline.ico'
echo "$msi: $(echo "$files" | tail -n +4 | wc -l) files, shortcut, upgrade and properties checked"
