#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run every test.
#   1. Rust tests of the runtime (and, as they land, of every pallet).
#   2. End-to-end tests against the real arete-node binary (node's test runner).
#   3. The zombienet network test: four validators finalize, lose and regain one, and admit a
#      fifth that joins by staking (zombienet/network.zndsl).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
start=$(date +%s)
"$here/setup.sh"
source "$here/env.sh"
cd "$repo_root"

echo "== build: arete-node (release)"
"$here/build.sh"
echo "== build done after $(( $(date +%s) - start )) s"

echo "== rust tests"
# try-runtime enables the pallets' `try_state` invariant checks that the tests run. The unit
# tests never execute the Wasm blob, so this test build skips compiling a second Wasm runtime
# with those features; the node built above embeds and runs the real one (end-to-end tests).
SKIP_WASM_BUILD=1 cargo test --release --locked -p arete-runtime --features try-runtime

echo "== end-to-end tests (arete-node + @polkadot/api)"
node --test --test-concurrency=1 scripts/e2e/

echo "== network tests (zombienet, native provider: 4 validators + a joining one)"
ARETE_NODE="$NODE_BIN" zombienet/node_modules/.bin/zombienet -p native test zombienet/network.zndsl

echo "== all tests passed in $(( $(date +%s) - start )) s"
