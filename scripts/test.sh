#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run every test.
#   1. Rust tests of the runtime and of every Arete pallet (unit tests, benchmark tests), and
#      the node's unit tests (custom RPC helpers).
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
# One cargo invocation for all crates, so that FRAME is compiled once with one feature set:
# try-runtime (every test can check `try_state` invariants) and runtime-benchmarks (each
# pallet's benchmarks run once as tests against its mock). Features must be the same across the
# runtime and the pallets: FRAME's runtime-benchmarks adds trait items every pallet must then
# implement.
SKIP_WASM_BUILD=1 cargo test --release --locked \
	-p arete-runtime -p pallet-witnesses -p pallet-performance \
	--features arete-runtime/try-runtime,arete-runtime/runtime-benchmarks \
	--features pallet-witnesses/try-runtime,pallet-witnesses/runtime-benchmarks \
	--features pallet-performance/try-runtime,pallet-performance/runtime-benchmarks

echo "== node unit tests (custom RPC helpers; same features as the release build, so only the node crate recompiles)"
cargo test --release --locked -p arete-node --bin arete-node

echo "== end-to-end tests (arete-node + @polkadot/api)"
node --test --test-concurrency=1 scripts/e2e/

echo "== network tests (zombienet, native provider: 4 validators + a joining one)"
ARETE_NODE="$NODE_BIN" zombienet/node_modules/.bin/zombienet -p native test zombienet/network.zndsl

echo "== all tests passed in $(( $(date +%s) - start )) s"
