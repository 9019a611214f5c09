#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run a single-validator dev chain.
# RPC (HTTP + WebSocket) on 127.0.0.1:9944; extra arguments go to arete-node.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup.sh"
"$here/build.sh"
source "$here/env.sh"
exec "$NODE_BIN" --dev --rpc-cors all "$@"
