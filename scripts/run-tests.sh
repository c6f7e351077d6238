#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything (Debian packages, npm packages), builds the dev preset and runs the whole suite
# through ctest. Extra arguments go to ctest (for example -R bip39 or -L crypto).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/setup-npm.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev "$@"
