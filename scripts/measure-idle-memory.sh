#!/usr/bin/env bash
# Starts `arete-node --dev` on free ports, lets it idle, and prints its resident memory.
#   scripts/measure-idle-memory.sh [seconds]   (default 300)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
seconds="${1:-300}"
base="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$base"' EXIT
"$NODE_BIN" --dev --base-path "$base" --rpc-port 0 --port 0 --no-prometheus --no-telemetry \
	--no-mdns >"$base/node.log" 2>&1 &
pid=$!
for ((t = 0; t < seconds; t += 60)); do
	sleep $(( seconds - t < 60 ? seconds - t : 60 ))
	rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
	best=$(grep -o 'best: #[0-9]*' "$base/node.log" | tail -1)
	final=$(grep -o 'finalized #[0-9]*' "$base/node.log" | tail -1)
	echo "after $(( t + 60 < seconds ? t + 60 : seconds )) s: RSS $(( rss_kb / 1024 )) MiB ($best, $final)"
done
