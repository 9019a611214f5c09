#!/usr/bin/env bash
# Starts or stops the four-validator local network (Alice, Bob, Charlie, Dave + a spare node,
# Eve) with the zombienet CLI's native provider.
#   scripts/local-network.sh start   # builds if needed, spawns in the background, prints endpoints
#   scripts/local-network.sh stop    # stops every node of the network
#   scripts/local-network.sh status
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"
state_dir="${ARETE_NETWORK_DIR:-/tmp/arete-local-network}"
pid_file="$state_dir/zombienet.pid"
log_file="$state_dir/zombienet.log"

start() {
	if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
		echo "already running (pid $(cat "$pid_file")); logs: $log_file"
		return
	fi
	"$here/setup.sh"
	source "$here/env.sh" # again: setup may have installed Node.js under .tools/
	# Always through cargo: it rebuilds the node when sources changed, and turns a benchmark or
	# test build left in target/release back into the node's default build.
	"$here/build.sh"
	mkdir -p "$state_dir"
	# setsid: the whole network is one process group, so `stop` ends every node with it.
	ARETE_NODE="$NODE_BIN" setsid "$repo_root/zombienet/node_modules/.bin/zombienet" \
		-p native -d "$state_dir/nodes" -f spawn "$repo_root/zombienet/local-4.toml" \
		>"$log_file" 2>&1 &
	echo $! >"$pid_file"
	echo "spawning (pid $!); waiting for the nodes..."
	for _ in $(seq 1 120); do
		if grep -q "Network launched" "$log_file" 2>/dev/null; then
			node -e 'const nodes = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).nodesByName;
for (const name of Object.keys(nodes).sort()) console.log(`${name.padEnd(8)} ${nodes[name].wsUri}`);' \
				"$state_dir/nodes/zombie.json"
			echo "network up; logs in $state_dir/nodes/*.log; stop with: $0 stop"
			return
		fi
		kill -0 "$(cat "$pid_file")" 2>/dev/null || { tail -20 "$log_file"; exit 1; }
		sleep 2
	done
	echo "the network did not come up in 4 minutes; see $log_file"
	exit 1
}

stop() {
	if [ -f "$pid_file" ]; then
		kill -- -"$(cat "$pid_file")" 2>/dev/null || true
		rm -f "$pid_file"
	fi
	# Nodes the CLI spawned outlive it unless killed by base path.
	pkill -f -- "--base-path $state_dir/nodes" 2>/dev/null || true
	echo "stopped"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && echo running || echo stopped ;;
*) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
