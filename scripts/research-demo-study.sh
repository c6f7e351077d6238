#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Posts demo studies on a seeded devnet demo (docs/DEMO.md) for the Research screens: a researcher key
# made here, licensed by the devnet's authority as "Institut Diabète (démo)", funded with anvil's
# anvil_setBalance, then two studies: one the demo record has (HbA1c, which asks for free text) and
# one it lacks (a LOINC code the record has no entry of).
#   scripts/research-demo-study.sh build/dev/app/cli/carnet-cli $CARNET_HOME
set -euo pipefail
cli=${1:?carnet-cli}
home=${2:?CARNET_HOME with a seeded demo}
here=$(cd "$(dirname "$0")/.." && pwd)
key=$home/researcher.key
[[ -e $key ]] || { umask 077; od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$key"; echo >>"$key"; }
address=$(cd "$here/tests/oracles" && node -e \
    "console.log(new (require('ethers').Wallet)('0x'+require('fs').readFileSync(process.argv[1],'utf8').trim().replace(/^0x/,'')).address)" "$key")
node=$(CARNET_HOME="$home" "$cli" devnet status | awk '/^node:/{print $2; exit}')
[[ -n $node ]] || node=$(grep -o 'http://127[^"]*' "$home/devnet/network.json" | head -1)
CARNET_HOME="$home" "$cli" authority register --role researcher --address "$address" --name "Institut Diabète (démo)"
curl -s -X POST -H 'Content-Type: application/json' "$node" \
    -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"anvil_setBalance\",\"params\":[\"$address\",\"0x56BC75E2D63100000\"]}" >/dev/null
CARNET_HOME="$home" "$cli" research post --key-file "$key" --title "HbA1c over time in type 2 diabetes" \
    --purpose "How glycaemic control changes over the years in people living with type 2 diabetes, and which treatments go with the changes. The results will be published openly; no one will try to find out who took part." \
    --categories lab --loinc 4548-4 --require 4548-4 --demographics --free-text --price 1000000000000000 --places 20 --days 60
CARNET_HOME="$home" "$cli" research post --key-file "$key" --title "Inflammation and heart health" \
    --purpose "Whether high-sensitivity CRP follows blood pressure over the years." \
    --loinc 30522-7 --require 30522-7 --price 2000000000000000 --places 50 --days 90
