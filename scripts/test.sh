#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run every test.
#   1. Rust tests of the runtime (and, as they land, of every pallet).
#   2. End-to-end tests against the real arete-node binary (node's test runner).
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
cargo test --release --locked -p arete-runtime -p arete-node

echo "== end-to-end tests (arete-node + @polkadot/api)"
node --test --test-concurrency=1 scripts/e2e/

echo "== all tests passed in $(( $(date +%s) - start )) s"
