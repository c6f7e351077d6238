#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything, builds the dev preset, and starts the Carnet app on a demo wallet: a local
# devnet (anvil) with a synthetic six-year record published to it by made-up providers and synced
# into the wallet (docs/DEMO.md). Your own wallet is not touched: the demo lives in $CARNET_HOME,
# by default ~/.local/share/carnet-demo (network file, devnet, demo providers' keys, vault).
#
#   scripts/run-app.sh [APP ARGUMENTS…]      start (seeds the demo wallet the first time only)
#   scripts/run-app.sh --new-demo [ARGS…]    throw the demo home away and start over (new chain,
#                                            new wallet): after a reboot the devnet's chain is gone
#
# CARNET_BUILD_DIR (default build/dev) is the build folder.
# The demo wallet's passphrase is printed before the app starts ("carnet demo passphrase").
set -euo pipefail
cd "$(dirname "$0")/.."

new_demo=no
if [ "${1:-}" = "--new-demo" ]; then
    new_demo=yes
    shift
fi

scripts/setup-deps.sh
scripts/setup-npm.sh
build="${CARNET_BUILD_DIR:-build/dev}" # the dev preset's folder unless told otherwise
cmake --preset dev -B "$build"
cmake --build "$build" --target carnet carnet-cli carnet-share-host # the devnet runs the share host

case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
cli="$build/app/cli/carnet-cli"
app="$build/app/gui/carnet"
export CARNET_HOME="${CARNET_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/carnet-demo}"
passphrase="carnet demo passphrase"
marker="$CARNET_HOME/.carnet-demo" # "seeding" while the demo is made, then "seeded"
vault="$CARNET_HOME/vault"         # where the app looks when CARNET_HOME is set (platform/paths.cpp)

devnet_running() { "$cli" devnet status >/dev/null 2>&1; }

if [ -d "$vault" ] && [ ! -f "$marker" ]; then
    # Not a home this script made (CARNET_HOME points at a real wallet): open it as it is.
    echo "run-app: $vault is not a demo wallet made by this script; opening it without seeding." >&2
    exec "$app" "$@"
fi

if [ "$new_demo" = yes ] && [ -f "$marker" ]; then
    "$cli" devnet stop >/dev/null 2>&1 || true
    rm -rf -- "$vault" "$CARNET_HOME/demo-providers" "$marker"
fi

if [ "$(cat "$marker" 2>/dev/null)" != "seeded" ]; then
    # First run, or one that was interrupted: a devnet, and a demo wallet seeded from scratch.
    mkdir -p "$CARNET_HOME"
    echo seeding >"$marker"
    if ! devnet_running; then
        "$cli" devnet start --replace
    fi
    rm -rf -- "$vault"
    echo "run-app: seeding the demo wallet in $vault (a minute or two)…"
    # The floor KDF parameters for this throw-away wallet only, so that it opens quickly.
    printf '%s\n%s\n' "$passphrase" "$passphrase" | CARNET_KDF=floor "$cli" demo seed --vault "$vault"
    echo seeded >"$marker"
elif ! devnet_running; then
    echo "run-app: the demo devnet is not running (stopped, or the machine restarted and its chain is gone)."
    echo "run-app: the demo wallet opens with the record it already synced; syncing fails until you start"
    echo "run-app: over with: scripts/run-app.sh --new-demo"
fi

echo
echo "Demo wallet: $vault"
echo "Passphrase:  $passphrase"
echo
exec "$app" "$@"
