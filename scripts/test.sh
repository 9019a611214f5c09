#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run every test. Phases:
#   setup    scripts/setup.sh: system packages, Rust toolchain and Wasm target, Node.js >= 20,
#            npm packages.
#   build    ONE cargo invocation builds the release node and every test binary (see below).
#   rust     Rust tests of the runtime, of every Arete pallet (unit tests, each benchmark as a
#            test, `try_state` after every test) and of the node (RPC helpers, the binary).
#   e2e      Each end-to-end suite (scripts/e2e/*.test.mjs) on its own `arete-node --dev` with
#   network  free ports, all at once, alongside the zombienet network test (four validators
#            finalize, lose and regain one, admit a fifth that joins by staking, and upgrade
#            their runtime by referendum). The first
#            job to fail stops the others and fails the command at once.
# Each phase prints its duration; the command warns when a phase exceeds its budget or the
# total passes 60 minutes (CI stops at 90).
#
#   scripts/test.sh              every phase
#   scripts/test.sh e2e network  only those phases (setup and build always run; cargo makes the
#                                build a no-op when nothing changed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
start=$(date +%s)

wanted=("$@")
for phase in "${wanted[@]}"; do
	case "$phase" in
	rust | e2e | network) ;;
	*) echo "unknown phase '$phase': choose among rust, e2e, network" >&2 && exit 2 ;;
	esac
done
want() {
	[ "${#wanted[@]}" -eq 0 ] && return 0
	local phase
	for phase in "${wanted[@]}"; do [ "$phase" = "$1" ] && return 0; done
	return 1
}

# Budgets (seconds) for a cold run on a 2-core machine; exceeding one is a warning, not a failure.
# The e2e phase lasts as long as its longest suite: appeals.test.mjs, about 13 minutes with the
# other suites sharing the two cores (two panel rounds, each with its commit, reveal and appeal
# windows).
declare -A budget=([setup]=300 [build]=2400 [rust]=600 [e2e]=840 [network]=900)
declare -A took=()
phase_order=()
record() { # phase seconds
	took[$1]=$2
	phase_order+=("$1")
	local note=""
	if [ -n "${budget[$1]:-}" ] && [ "$2" -gt "${budget[$1]}" ]; then
		note=" (WARNING: over its budget of $(fmt "${budget[$1]}"))"
	fi
	echo "== $1 took $(fmt "$2")$note"
}
fmt() { printf '%d min %02d s' $(($1 / 60)) $(($1 % 60)); }

passed=0
failed=0
count_cargo() { # log file: adds up cargo's "test result:" lines
	local counts
	counts=$(awk '/^test result: /{p+=$4; f+=$6} END{print p+0, f+0}' "$1")
	passed=$((passed + ${counts% *}))
	failed=$((failed + ${counts#* }))
}

summary() { # prints the phase times, the total and the closing count line
	local phase total=$(($(date +%s) - start))
	echo "== phases:"
	for phase in "${phase_order[@]}"; do printf '   %-8s %s\n' "$phase" "$(fmt "${took[$phase]}")"; done
	printf '   %-8s %s\n' total "$(fmt "$total")"
	if [ "$total" -gt 3600 ]; then
		echo "== WARNING: the test command took over 60 minutes; CI stops at 90"
	fi
	echo "tests: $passed passed, $failed failed"
}

logs="$(mktemp -d "${TMPDIR:-/tmp}/arete-test.XXXXXX")"
echo "== logs of this run: $logs"

# --- setup ------------------------------------------------------------------------------------
t=$(date +%s)
"$here/setup.sh"
source "$here/env.sh"
cd "$repo_root"
record setup $(($(date +%s) - t))

# --- build ------------------------------------------------------------------------------------
# The node and every test binary come from one cargo invocation with one feature set, so FRAME
# is compiled once (a second compile with other features costs 8 to 12 minutes on 2 cores):
#  - the native runtime and pallets get try-runtime (every test checks `try_state`) and
#    runtime-benchmarks (each pallet's benchmarks run once as tests against its mock);
#  - ARETE_PLAIN_WASM=1 keeps both features out of the Wasm runtime the node embeds
#    (runtime/build.rs), so the end-to-end tests run the production runtime; the node executes
#    only that Wasm, and node/tests/binary.rs checks it declares no TryRuntime or Benchmark API;
#  - node/tests/binary.rs is an integration test, which makes this invocation build the
#    `arete-node` binary itself (target/release/arete-node) for the e2e and network tests.
# scripts/build.sh (run-dev.sh, local-network.sh) builds the node with its default features;
# cargo keeps both builds' artifacts side by side, so after each has run once, switching
# between them recompiles only the runtime and node crates.
#  - ARETE_UPGRADE_WASM_DIR makes the same build also compile the runtime one `spec_version`
#    higher (runtime/build.rs), which the network test upgrades the live network to.
mapfile -t cargo_args < <(arete_test_cargo_args)
export ARETE_PLAIN_WASM=1
export ARETE_UPGRADE_WASM_DIR="$repo_root/target/upgrade-runtime"
t=$(date +%s)
echo "== build: arete-node (release) and every test binary"
cargo test --release --locked --no-run "${cargo_args[@]}"
record build $(($(date +%s) - t))

# --- rust -------------------------------------------------------------------------------------
if want rust; then
	t=$(date +%s)
	echo "== rust tests"
	rust_status=0
	cargo test --release --locked "${cargo_args[@]}" 2>&1 | tee "$logs/rust.log" || rust_status=$?
	count_cargo "$logs/rust.log"
	record rust $(($(date +%s) - t))
	if [ "$rust_status" -ne 0 ]; then
		# A crashed test binary prints no "test result:" line: count it as one failure.
		[ "$failed" -gt 0 ] || failed=1
		echo "== FAILED: rust tests (exit $rust_status)"
		summary
		exit 1
	fi
fi

# --- e2e and network, concurrently ------------------------------------------------------------
declare -A job_name=() job_start=() kind_start=() kind_end=()
job_kind() { case "$1" in network) echo network ;; *) echo e2e ;; esac; }
start_job() { # name command...
	local name=$1
	shift
	# setsid: each job is its own process group, so a failure elsewhere can stop all of it.
	setsid bash -c 'set -o pipefail; "$@" 2>&1 | sed -u "s/^/[$0] /" | tee "$ARETE_JOB_LOG"' "$name" "$@" \
		</dev/null &
	job_name[$!]=$name
	job_start[$name]=$(date +%s)
	: "${kind_start[$(job_kind "$name")]:=${job_start[$name]}}"
}
stop_jobs() {
	local pid
	for pid in "${!job_name[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
	sleep 3
	for pid in "${!job_name[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
	# The nodes zombienet spawns leave its process group; their base paths are under this dir.
	pkill -KILL -f -- "$logs/zombienet" 2>/dev/null || true
}
trap 'stop_jobs' EXIT

if want e2e; then
	for suite in scripts/e2e/*.test.mjs; do
		name="e2e:$(basename "$suite" .test.mjs)"
		ARETE_JOB_LOG="$logs/$name.log" start_job "$name" \
			node --test --test-reporter=spec "$suite"
	done
fi
if want network; then
	ARETE_JOB_LOG="$logs/network.log" ARETE_NODE="$NODE_BIN" \
		ARETE_UPGRADE_WASM="$ARETE_UPGRADE_WASM_DIR/arete_runtime_upgrade.compact.compressed.wasm" start_job network \
		zombienet/node_modules/.bin/zombienet -p native -d "$logs/zombienet" test zombienet/network.zndsl
fi
[ "${#job_name[@]}" -gt 0 ] && echo "== e2e suites and the network test, concurrently: ${job_name[*]}"

while [ "${#job_name[@]}" -gt 0 ]; do
	pid=""
	set +e
	wait -n -p pid "${!job_name[@]}"
	status=$?
	set -e
	if [ "$status" -eq 127 ] || [ -z "$pid" ]; then
		echo "== lost track of the jobs ${job_name[*]} (wait returned $status)"
		exit 1
	fi
	name=${job_name[$pid]}
	unset "job_name[$pid]"
	secs=$(($(date +%s) - job_start[$name]))
	kind=$(job_kind "$name")
	kind_end[$kind]=$(date +%s)
	if [ "$kind" = e2e ]; then
		p=$(sed -n 's/.*ℹ pass \([0-9]*\)$/\1/p' "$logs/$name.log" | tail -1)
		f=$(sed -n 's/.*ℹ fail \([0-9]*\)$/\1/p' "$logs/$name.log" | tail -1)
		c=$(sed -n 's/.*ℹ cancelled \([0-9]*\)$/\1/p' "$logs/$name.log" | tail -1)
		passed=$((passed + ${p:-0}))
		f=$((${f:-0} + ${c:-0}))
	else
		# zombienet closes with "Result: passed/total".
		result=$(sed -n 's/.*Result: \([0-9]*\)\/\([0-9]*\).*/\1 \2/p' "$logs/$name.log" | tail -1)
		p=${result% *}
		f=$((${result#* } - ${p:-0}))
		passed=$((passed + ${p:-0}))
		[ -n "$result" ] || f=0
	fi
	# A job that failed without a counted failure (a crash, a failing hook) counts as one.
	[ "$status" -eq 0 ] || [ "$f" -gt 0 ] || f=1
	failed=$((failed + f))
	if [ "$status" -ne 0 ]; then
		echo "== FAILED: $name (exit $status) after $(fmt "$secs"); stopping the other jobs"
		stop_jobs
		echo "== the failing job's report ($logs/$name.log):"
		if grep -q '✖ failing tests:' "$logs/$name.log"; then
			sed -n '/✖ failing tests:/,$p' "$logs/$name.log"
		else
			tail -n 150 "$logs/$name.log"
		fi
		summary
		exit 1
	fi
	echo "== $name passed in $(fmt "$secs")"
done
trap - EXIT
pkill -KILL -f -- "$logs/zombienet" 2>/dev/null || true
rm -rf "$logs/zombienet"
for kind in e2e network; do
	[ -z "${kind_end[$kind]:-}" ] || record "$kind" $((kind_end[$kind] - kind_start[$kind]))
done

# --- summary ----------------------------------------------------------------------------------
summary
