#!/bin/sh
# Builds dist/Boligmøte.app and dist/boligmote-VERSION-macos-ARCH.dmg on a Mac.
# Needs: Python 3.11+ from python.org (universal2) or Homebrew, and Xcode's command line
# tools (hdiutil, codesign). See installers/README.md for signing and notarisation.
#
#   installers/macos/build-dmg.sh                     # unsigned (for testing)
#   SIGN_IDENTITY="Developer ID Application: Kommune (TEAMID)" installers/macos/build-dmg.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet -e . 'pyinstaller>=6.10,<7'
.venv/bin/python -m PyInstaller --noconfirm installers/boligmote.spec

app="dist/Boligmøte.app"
"$app/Contents/MacOS/boligmote" --self-test

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements installers/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
fi

version=$(.venv/bin/python -c "import boligmote; print(boligmote.__version__)")
dmg="dist/boligmote-$version-macos-$(uname -m).dmg"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Programmer"
rm -f "$dmg"
hdiutil create -volname "Boligmøte $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --sign "$SIGN_IDENTITY" --timestamp "$dmg"
    if [ -n "${NOTARY_PROFILE:-}" ]; then  # xcrun notarytool store-credentials NOTARY_PROFILE …
        xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    fi
fi
echo "$dmg"
