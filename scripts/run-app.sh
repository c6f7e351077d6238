#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything, builds the dev preset and starts the Carnet app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/setup-npm.sh
cmake --preset dev
cmake --build --preset dev --target carnet carnet-cli
exec build/dev/app/gui/carnet "$@"
