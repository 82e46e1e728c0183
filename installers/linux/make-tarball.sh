#!/bin/sh
# Packs the one-folder build (dist/boligmote, from `make bundle`) into
# dist/boligmote-VERSION-linux-ARCH.tar.gz with the desktop entry, the icon and install.sh.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
dist=${1:-$root/dist}
[ -x "$dist/boligmote/boligmote" ] || { echo "Finner ikke $dist/boligmote; kjør make bundle først." >&2; exit 1; }
version=$("$dist/boligmote/boligmote" --version | awk '{print $2}')
name=boligmote-$version-linux-$(uname -m)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp -a "$dist/boligmote" "$stage/$name/boligmote"
cp "$root/installers/linux/boligmote.desktop" "$root/installers/linux/install.sh" "$stage/$name/"
cp "$root/resources/icons/boligmote.svg" "$root/resources/icons/boligmote.png" "$stage/$name/"
chmod +x "$stage/$name/install.sh"
tar -C "$stage" -czf "$dist/$name.tar.gz" "$name"
echo "$dist/$name.tar.gz ($(du -h "$dist/$name.tar.gz" | cut -f1))"
