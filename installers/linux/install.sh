#!/bin/sh
# Installs Boligmøte for the current user, from the unpacked tarball (no root needed):
#   program   ~/.local/opt/boligmote/
#   command   ~/.local/bin/boligmote
#   menu      ~/.local/share/applications/boligmote.desktop (+ icon)
# The data stay in ~/.local/share/Boligmote and are never touched by install or uninstall.
#   ./install.sh            install (or update)
#   ./install.sh --remove   uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/boligmote
bin=$HOME/.local/bin
icons=$prefix/icons/hicolor

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$opt" "$bin/boligmote" "$prefix/applications/boligmote.desktop" \
           "$icons/scalable/apps/boligmote.svg" "$icons/256x256/apps/boligmote.png"
    echo "Boligmøte er fjernet. Dataene dine i $prefix/Boligmote er beholdt."
    exit 0
fi

mkdir -p "$HOME/.local/opt" "$bin" "$prefix/applications" "$icons/scalable/apps" "$icons/256x256/apps"
rm -rf "$opt.new"
cp -a "$here/boligmote" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sf "$opt/boligmote" "$bin/boligmote"
cp "$here/boligmote.svg" "$icons/scalable/apps/boligmote.svg"
cp "$here/boligmote.png" "$icons/256x256/apps/boligmote.png"
# The menu entry names the program by full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=boligmote|Exec=$opt/boligmote|" -e "s|^TryExec=boligmote|TryExec=$opt/boligmote|" \
    "$here/boligmote.desktop" > "$prefix/applications/boligmote.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true

if "$opt/boligmote" --self-test >/dev/null 2>&1; then
    echo "Boligmøte er installert i $opt og finnes i programmenyen (kontor). Selvtesten er bestått."
else
    echo "Boligmøte er installert i $opt, men selvtesten feilet. Kjør: $opt/boligmote --self-test" >&2
    exit 1
fi
