#!/usr/bin/env bash
# Builds the release node (and, through the runtime's build script, the Wasm runtime it embeds).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"
cargo build --release --locked -p arete-node "$@"
