#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the project's npm packages (pinned by committed package-lock.json files) where they are
# missing or older than the lock file: the test oracles (ethers, jose, kill-the-clipboard,
# playwright-core) and, with the ledger, solc and anvil. Node resolves a bare import from the importing
# file's directory upwards, so the test directories whose .mjs files import the oracles' packages get a
# node_modules symlink to tests/oracles/node_modules (ignored by git, see .gitignore).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for dir in tests/oracles ledger; do
  lock="$root/$dir/package-lock.json"
  [[ -f $lock ]] || continue
  # A node_modules that is a symlink (a worktree sharing another checkout's packages) is left alone:
  # npm ci through it would empty the other checkout's directory.
  if [[ -L $root/$dir/node_modules ]]; then
    echo "setup-npm: $dir/node_modules is a symlink; not installing through it"
    continue
  fi
  stamp="$root/$dir/node_modules/.package-lock.json"
  if [[ ! -f $stamp || $lock -nt $stamp ]]; then
    echo "setup-npm: npm ci in $dir"
    (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
for dir in tests/host tests/viewer tests/shl; do
  mkdir -p "$root/$dir"
  link="$root/$dir/node_modules"
  if [[ -L $link ]]; then
    [[ $(readlink "$link") == ../oracles/node_modules ]] && continue
    rm "$link"
  elif [[ -e $link ]]; then
    echo "setup-npm: $dir/node_modules exists and is not a symlink; leaving it" >&2
    continue
  fi
  ln -s ../oracles/node_modules "$link"
done
