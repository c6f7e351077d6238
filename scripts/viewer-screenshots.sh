#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the SMART Health Links viewer (docs/VIEWER.md): the passcode prompt, a Carnet IPS and a lab
# list, at 390x844 and 1280x800, light and dark, English and French, in headless Chromium against a real
# carnet-share-host on loopback:
#   scripts/viewer-screenshots.sh [build/dev/server/carnet-share-host] [docs/screenshots/viewer]
# Needs Node, /usr/bin/chromium (or $CHROMIUM) and the npm packages of tests/oracles (scripts/setup-npm.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
host=${1:-$root/build/dev/server/carnet-share-host}
out=${2:-$root/docs/screenshots/viewer}
for dir in tests/viewer tests/host; do
    [[ -e $root/$dir/node_modules ]] || ln -s ../oracles/node_modules "$root/$dir/node_modules"
done
node "$root/tests/viewer/screenshots.mjs" "$host" "$root/server/viewer" "$out"
