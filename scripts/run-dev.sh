#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run a single-validator dev chain.
# RPC (HTTP + WebSocket) on 127.0.0.1:9944; extra arguments go to arete-node.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup.sh"
"$here/build.sh"
source "$here/env.sh"
# A pool four times polkadot-sdk's default: the fork-aware pool keeps included transactions
# until their block is finalized, and at the default 8,192 they crowd out new ones under load
# (61 % more transfers a second measured with arete-load; README, "Tuning, measured").
pool=(--pool-limit 32768)
for arg in "$@"; do case "$arg" in --pool-limit | --pool-limit=*) pool=() ;; esac; done
exec "$NODE_BIN" --dev --rpc-cors all "${pool[@]}" "$@"
