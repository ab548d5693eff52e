#!/bin/sh
# Desktop integration for the current user (no root): a menu entry, the icon in the usual
# sizes, and the *.svcplan file type, so that double-clicking a plan opens it.
#
#   ./install-desktop.sh [EXECUTABLE]     install (or update); EXECUTABLE defaults to the
#                                         serviceplan beside this script (the one-folder bundle),
#                                         else `serviceplan` on PATH (pipx, pip --user)
#   ./install-desktop.sh --uninstall      take it all out again
#
# Files go under ${XDG_DATA_HOME:-~/.local/share}: applications/serviceplan.desktop,
# icons/hicolor/<size>/apps/serviceplan.png, mime/packages/serviceplan.xml.
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 24 32 48 64 128 256"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/serviceplan.desktop" "$data/mime/packages/serviceplan.xml"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/serviceplan.png"
    done
    refresh
    echo "Removed the Service Plan Builder desktop entry, icons and file type."
    exit 0
fi

# What to run: an argument, the bundle's executable beside this script, or one on PATH.
if [ $# -ge 1 ]; then
    exe=$1
elif [ -x "$here/serviceplan" ]; then
    exe=$here/serviceplan
else
    exe=$(command -v serviceplan || true)
fi
if [ -z "$exe" ] || [ ! -x "$exe" ]; then
    echo "error: no serviceplan program found; name it: $0 /path/to/serviceplan" >&2
    exit 1
fi
exe=$(CDPATH= cd -- "$(dirname -- "$exe")" && pwd)/$(basename -- "$exe")

# Where the desktop files and icons are: beside this script in a checkout (packaging/linux,
# assets/icons/hicolor), inside the bundle (_internal/serviceplan/...).
if [ -f "$here/serviceplan.desktop" ]; then
    templates=$here
    icons=$here/../../assets/icons/hicolor
else
    templates=$here/_internal/serviceplan/desktop
    icons=$here/_internal/serviceplan/assets/icons/hicolor
fi
for needed in "$templates/serviceplan.desktop" "$templates/serviceplan-mime.xml" "$icons/48x48/apps/serviceplan.png"; do
    if [ ! -f "$needed" ]; then
        echo "error: $needed is missing" >&2
        exit 1
    fi
done

mkdir -p "$data/applications" "$data/mime/packages"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/${size}x${size}/apps/serviceplan.png" "$data/icons/hicolor/${size}x${size}/apps/serviceplan.png"
done
cp "$templates/serviceplan-mime.xml" "$data/mime/packages/serviceplan.xml"
# Exec= takes a quoted path (spaces allowed; the spec's reserved characters escaped).
quoted=$(printf '%s' "$exe" | sed -e 's/\\/\\\\\\\\/g' -e 's/"/\\\\"/g' -e 's/`/\\\\`/g' -e 's/\$/\\\\$/g')
sed -e "s|^Exec=@EXEC@|Exec=\"$quoted\"|" -e "s|^TryExec=@EXEC@|TryExec=$exe|" \
    "$templates/serviceplan.desktop" > "$data/applications/serviceplan.desktop.tmp"
mv "$data/applications/serviceplan.desktop.tmp" "$data/applications/serviceplan.desktop"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default serviceplan.desktop application/x-serviceplan || true
fi
echo "Installed the Service Plan Builder desktop entry ($exe): it is in the menu, and"
echo "double-clicking a .svcplan file opens it. Undo with: $0 --uninstall"
