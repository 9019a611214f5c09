#!/usr/bin/env bash
# Regenerates chain-specs/local.json (the local testnet) from the node's built-in preset.
# Run after any change to the runtime's genesis presets or Wasm; commit the result.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../scripts/env.sh"
# Always through cargo: it rebuilds the node when sources changed, and never leaves a benchmark
# or test build in place (their Wasm would end up in the spec).
"$here/../scripts/build.sh"
"$NODE_BIN" build-spec --chain local --disable-default-bootnode > "$here/local.json.tmp" 2>/dev/null
mv "$here/local.json.tmp" "$here/local.json"
echo "wrote $here/local.json"
