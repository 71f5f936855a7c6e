#!/usr/bin/env bash
# Builds Hookline-<version>-x86_64.AppImage from a Release build, offline: an AppDir with the
# binary, every Qt library and plugin it needs and the rest of its libraries (but the system's
# own: glibc, GL, X11 core, fonts), packed as squashfs behind Hookline's own runtime
# (runtime/runtime.c, built here against Debian's libsquashfuse).
#
#   installer/linux/build-appimage.sh [OUT_DIR]        (default: build/release/appimage)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/installer/linux"
"$here/install-build-deps.sh"
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target hookline hookline-icon-render
build="$root/build/release"
out="${1:-$build/appimage}"
version="$("$build/bin/hookline" --version | awk '{print $2}')"
appdir="$out/AppDir"
rm -rf "$appdir" && mkdir -p "$appdir"/usr/{bin,lib,plugins,share/applications,share/metainfo}

# The runtime.
gcc -O2 -Wall -Wextra -Werror -static -s -DRUNTIME_VERSION="\"$version\"" \
    -o "$out/runtime" "$here/runtime/runtime.c" \
    $(pkg-config --cflags squashfuse) -lsquashfuse -lz -llzma -lzstd -llz4 -llzo2

# The binary and the plugins Hookline uses: windows (xcb, wayland when present, offscreen),
# SQLite and PostgreSQL (with libpq, for teams), TLS, image formats, icon engines, GL
# integration for xcb.
install -m 0755 "$build/bin/hookline" "$appdir/usr/bin/hookline"
plugins="$(qtpaths6 --query QT_INSTALL_PLUGINS)"
for group in platforms sqldrivers tls imageformats iconengines xcbglintegrations \
    platforminputcontexts wayland-shell-integration wayland-decoration-client \
    wayland-graphics-integration-client; do
    [ -d "$plugins/$group" ] || continue
    mkdir -p "$appdir/usr/plugins/$group"
    for plugin in "$plugins/$group"/*.so; do
        case "$(basename "$plugin")" in
            # Only what Hookline needs among the platforms; no other SQL drivers.
            libqeglfs.so | libqlinuxfb.so | libqvnc.so | libqvkkhrdisplay.so | libqminimalegl.so) continue ;;
            libqsqlmysql.so | libqsqlodbc.so | libqsqlibase.so) continue ;;
        esac
        cp -L "$plugin" "$appdir/usr/plugins/$group/"
    done
done

# Every library the binary and the plugins load, but those each system has its own of.
excluded='^(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libBrokenLocale|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libdrm|libgbm|libX11|libX11-xcb|libxcb|libxcb-dri2|libxcb-dri3|libxcb-present|libxcb-sync|libxshmfence|libfontconfig|libfreetype|libexpat|libz|libasound|libgcc_s|libstdc\+\+|libharfbuzz|libglib-2\.0|libgobject-2\.0|libgthread-2\.0|libgmodule-2\.0|libuuid|libselinux|libwayland-client|libwayland-cursor|libwayland-egl|libwayland-server)\.so'
# Qt's OpenSSL backend loads libssl at run time (dlopen), so ldd does not see it.
cp -L "$(ldconfig -p | awk '/libssl\.so\.3 .*x86-64/{print $NF; exit}')" "$appdir/usr/lib/"
mapfile -t objects < <(find "$appdir/usr/bin" "$appdir/usr/plugins" "$appdir/usr/lib" -type f)
declare -A seen=()
while [ ${#objects[@]} -gt 0 ]; do
    object="${objects[0]}"
    objects=("${objects[@]:1}")
    while read -r lib; do
        [ -n "$lib" ] && [ -z "${seen[$lib]:-}" ] || continue
        seen[$lib]=1
        name="$(basename "$lib")"
        if [[ "$name" =~ $excluded ]]; then continue; fi
        cp -L "$lib" "$appdir/usr/lib/$name"
        objects+=("$appdir/usr/lib/$name")
    done < <(ldd "$object" | awk '/=> \//{print $3}')
done

cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
CONF
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
# Hookline's AppRun: its own libraries and plugins first, whatever the environment says.
HERE="$(dirname "$(readlink -f "$0")")"
export LD_LIBRARY_PATH="$HERE/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$HERE/usr/plugins"
exec "$HERE/usr/bin/hookline" "$@"
RUN
chmod 0755 "$appdir/AppRun"

# Desktop integration: the desktop file, icons in several sizes, AppStream metadata.
sed "s/@VERSION@/$version/" "$root/resources/hookline.desktop" > "$appdir/hookline.desktop"
cp "$appdir/hookline.desktop" "$appdir/usr/share/applications/hookline.desktop"
sed "s/@VERSION@/$version/" "$root/resources/app.hookline.Hookline.metainfo.xml" \
    > "$appdir/usr/share/metainfo/app.hookline.Hookline.metainfo.xml"
"$build/bin/hookline-icon-render" "$root/resources/icons/hookline.svg" \
    "$appdir/usr/share/icons/hicolor" 16 32 48 64 128 256
mkdir -p "$appdir/usr/share/icons/hicolor/scalable/apps"
cp "$root/resources/icons/hookline.svg" "$appdir/usr/share/icons/hicolor/scalable/apps/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/hookline.png" "$appdir/hookline.png"
ln -sf hookline.png "$appdir/.DirIcon"

# Pack.
rm -f "$out/image.squashfs"
mksquashfs "$appdir" "$out/image.squashfs" -root-owned -noappend -comp gzip -quiet
appimage="$out/Hookline-$version-x86_64.AppImage"
cat "$out/runtime" "$out/image.squashfs" > "$appimage.part"
chmod 0755 "$appimage.part"
mv -f "$appimage.part" "$appimage" # replaces even a copy that is running
echo "$appimage ($(du -h "$appimage" | cut -f1), $(ls "$appdir/usr/lib" | wc -l) libraries," \
    "$(find "$appdir/usr/plugins" -name '*.so' | wc -l) plugins)"
