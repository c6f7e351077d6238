#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the project's npm packages (pinned by committed package-lock.json files) where they are
# missing or older than the lock file: the test oracles (ethers) and, with the ledger, solc and anvil.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for dir in tests/oracles ledger; do
  lock="$root/$dir/package-lock.json"
  [[ -f $lock ]] || continue
  stamp="$root/$dir/node_modules/.package-lock.json"
  if [[ ! -f $stamp || $lock -nt $stamp ]]; then
    echo "setup-npm: npm ci in $dir"
    (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
