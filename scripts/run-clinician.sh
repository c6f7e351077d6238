#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Opens a second Carnet window as the demo clinician, next to the patient's (docs/DEMO.md, "Sharing"):
# run scripts/run-app.sh first (it builds, starts the devnet and seeds the demo). The demo clinician
# is a wallet of its own in $CARNET_HOME/demo-clinician, licensed by the devnet's authority, with the
# same passphrase as the demo wallet. In the patient's window: Share, choose what to share, show the
# QR; in this one: clinician mode, scan (camera, the screen image saved as a file, or paste the code).
#
#   scripts/run-clinician.sh [APP ARGUMENTS…]
set -euo pipefail
cd "$(dirname "$0")/.."

build="${CARNET_BUILD_DIR:-build/dev}"
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
cli="$build/app/cli/carnet-cli"
app="$build/app/gui/carnet"
export CARNET_HOME="${CARNET_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/carnet-demo}"
passphrase="carnet demo passphrase"
if [ ! -x "$app" ] || [ "$(cat "$CARNET_HOME/.carnet-demo" 2>/dev/null)" != "seeded" ]; then
    echo "run-clinician: no demo yet: run scripts/run-app.sh first (it builds and seeds the demo)" >&2
    exit 1
fi
if ! "$cli" devnet status >/dev/null 2>&1; then
    echo "run-clinician: the demo devnet is not running: start over with scripts/run-app.sh --new-demo" >&2
    exit 1
fi
clinician_home="$CARNET_HOME/demo-clinician"
if [ ! -d "$clinician_home/vault" ]; then
    # A demo seeded before the demo clinician existed.
    printf '%s\n%s\n' "$passphrase" "$passphrase" | CARNET_KDF=floor "$cli" demo clinician
fi
echo
echo "Demo clinician: Dr. Claire Martin (démo), wallet $clinician_home/vault"
echo "Passphrase:     $passphrase"
echo
CARNET_HOME="$clinician_home" exec "$app" "$@"
