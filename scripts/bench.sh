#!/usr/bin/env bash
# Throughput benchmark: builds the node and the load tool, runs each load mix for a fixed
# duration against a fresh development node (or the 4-validator local network), and writes a
# markdown table and a PNG chart of the results.
#
#   ./scripts/bench.sh                  # transfer, verified, optimistic on `--dev`
#   ./scripts/bench.sh --network        # the same against the 4-validator local network
#   ./scripts/bench.sh transfer         # only the named mixes
#   BENCH_OUT=/tmp/b ./scripts/bench.sh # results elsewhere (default: bench/results/latest)
#
# On `--dev` each mix gets a fresh chain (a new node with a temporary database). With
# `--network` the local network is started once and the mixes run one after another on it,
# sending to Alice's node (the tool reuses accounts an earlier mix funded).
# Per mix the tool's JSON (`<mix>.json`) and console output (`<mix>.log`) are kept (the dev
# node's log only shows when something fails); then
# `bench-report.mjs` writes `table.md` and the chart data, and gnuplot draws `chart.png`
# (extrinsics and verified events per block over time, one line per mix).
#
# The durations, rates and node options are variables (defaults below): the verified and
# optimistic mixes are paced a little above what the runtime's weights allow them (the tool
# prints that allowance), because flat out their openings would fill the blocks and starve the
# idle hook that completes them (see tools/load/README.md). Their drain waits for the rounds and
# claims opened during submission to complete.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"
cd "$repo_root"

NETWORK=0
MIXES=()
for arg in "$@"; do
	case "$arg" in
	--network) NETWORK=1 ;;
	transfer | verified | optimistic) MIXES+=("$arg") ;;
	*) echo "usage: $0 [--network] [transfer|verified|optimistic]..." >&2; exit 2 ;;
	esac
done
[ "${#MIXES[@]}" -gt 0 ] || MIXES=(transfer verified optimistic)

OUT="${BENCH_OUT:-$repo_root/bench/results/latest}"
TRANSFER_ARGS="${TRANSFER_ARGS:---duration 60 --accounts 1000}"
VERIFIED_ARGS="${VERIFIED_ARGS:---duration 360 --rate 8 --accounts 500 --fund 25 --witnesses 128 --drain 600}"
OPTIMISTIC_ARGS="${OPTIMISTIC_ARGS:---duration 240 --rate 30 --accounts 1000 --fund 110 --drain 420}"
# Options of the dev node (e.g. BENCH_NODE_ARGS="--pool-limit 16384" to try a setting).
BENCH_NODE_ARGS="${BENCH_NODE_ARGS:-}"
RPC_PORT="${BENCH_RPC_PORT:-9977}"

"$here/setup.sh"
# gnuplot draws the chart; installed here since only this script needs it.
if ! command -v gnuplot >/dev/null 2>&1; then
	sudo_cmd=""
	[ "$(id -u)" = "0" ] || sudo_cmd="sudo"
	$sudo_cmd apt-get install -y --no-install-recommends gnuplot-nox >/dev/null
fi
# The production runtime (no test-only code), as `./scripts/run-dev.sh` builds it.
# BENCH_SKIP_BUILD=1 uses the binaries already in target/release instead, e.g. those of the test
# command's build, whose node embeds the same production Wasm runtime (ARETE_PLAIN_WASM=1).
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
	cargo build --release --locked -p arete-node -p arete-load
fi
load_bin="$CARGO_TARGET_DIR/release/arete-load"

mkdir -p "$OUT"
work="$(mktemp -d)"
node_pid=""
cleanup() {
	[ -z "$node_pid" ] || stop_dev_node
	if [ "$NETWORK" = 1 ]; then "$here/local-network.sh" stop >/dev/null 2>&1 || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

start_dev_node() {
	local mix="$1"
	# shellcheck disable=SC2086 # BENCH_NODE_ARGS is a list of options
	"$NODE_BIN" --dev --base-path "$work/$mix" --rpc-port "$RPC_PORT" --port 30444 \
		--no-prometheus $BENCH_NODE_ARGS >"$work/$mix.node.log" 2>&1 &
	node_pid=$!
	for _ in $(seq 60); do
		grep -q "Imported #1 " "$work/$mix.node.log" && return 0
		sleep 1
	done
	echo "the dev node did not author block 1:" >&2
	tail -20 "$work/$mix.node.log" >&2
	return 1
}

stop_dev_node() {
	kill -INT "$node_pid" 2>/dev/null || true
	wait "$node_pid" 2>/dev/null || true
	node_pid=""
}

url="http://127.0.0.1:$RPC_PORT"
pid_args=()
if [ "$NETWORK" = 1 ]; then
	"$here/local-network.sh" start
	# Alice's endpoint (zombienet picks the ports) and process, whose memory the tool reports.
	url="$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).nodesByName.alice.wsUri' \
		"${ARETE_NETWORK_DIR:-/tmp/arete-local-network}/nodes/zombie.json")"
	alice_pid="$(pgrep -f -- "--name alice" | head -1 || true)"
	[ -z "$alice_pid" ] || pid_args=(--node-pid "$alice_pid")
fi

{
	echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
	echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench' || echo ' (with local changes)')"
	echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "chain: $([ "$NETWORK" = 1 ] && echo 'local network, 4 validators' || echo 'dev node (--dev), one validator')"
	echo "node options: ${BENCH_NODE_ARGS:-defaults}"
	[ "${BENCH_SKIP_BUILD:-0}" != 1 ] || echo "binaries: prebuilt (BENCH_SKIP_BUILD=1)"
} >"$OUT/run.txt"

for mix in "${MIXES[@]}"; do
	case "$mix" in
	transfer) args="$TRANSFER_ARGS" ;;
	verified) args="$VERIFIED_ARGS" ;;
	optimistic) args="$OPTIMISTIC_ARGS" ;;
	esac
	echo "== $mix: arete-load --mix $mix $args" | tee -a "$OUT/run.txt"
	if [ "$NETWORK" = 0 ]; then
		start_dev_node "$mix"
		pid_args=(--node-pid "$node_pid")
	fi
	# shellcheck disable=SC2086 # args is a list of options
	"$load_bin" --url "$url" --mix "$mix" $args "${pid_args[@]}" --json "$OUT/$mix.json" \
		>"$OUT/$mix.log" 2>&1 || {
		echo "arete-load failed for $mix; see $OUT/$mix.log" >&2
		tail -20 "$OUT/$mix.log" >&2
		[ "$NETWORK" = 1 ] || { echo "node log:" >&2; tail -20 "$work/$mix.node.log" >&2; }
		exit 1
	}
	sed -n '/^== arete-load/,$p' "$OUT/$mix.log"
	if [ "$NETWORK" = 0 ]; then stop_dev_node; fi
done

node "$here/bench-report.mjs" "$OUT"
gnuplot "$OUT/chart.gp"
echo "results: $OUT/table.md, $OUT/chart.png"
