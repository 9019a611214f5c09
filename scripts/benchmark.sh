#!/usr/bin/env bash
# Regenerates Arete's weights with frame-benchmarking on this machine.
#
#   ./scripts/benchmark.sh                      # every Arete pallet, 50 steps x 20 repeats
#   STEPS=4 REPEAT=2 ./scripts/benchmark.sh    # a quick, coarse pass
#   ./scripts/benchmark.sh pallet_witnesses     # only the named pallets (Arete's or the
#                                               # polkadot-sdk ones the runtime uses)
#   ./scripts/benchmark.sh --runtime-pallets    # the polkadot-sdk pallets the runtime uses
#                                               # (runtime/src/weights/<pallet>.rs)
#   ./scripts/benchmark.sh --base               # the database's read and write costs on
#                                               # ParityDB and the base weights of a block and
#                                               # of an extrinsic (runtime/src/weights/)
#
# Builds the node with `--features runtime-benchmarks` first (the benchmark CLI adds a few
# hundred crates, which is why the default build and CI leave it out). Afterwards the regular
# build (`./scripts/build.sh`) rebuilds the runtime without benchmark code. Every run ends with
# the reference weight of pallet-balances' `transfer_keep_alive`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
# Arete's pallets keep their weights in their own crates; the polkadot-sdk pallets' weights,
# measured here rather than taken from their defaults, live in the runtime.
ARETE_PALLETS=(pallet_witnesses pallet_performance pallet_agreements pallet_agents pallet_credits
	pallet_streaming)
RUNTIME_PALLETS=(frame_system frame_system_extensions pallet_balances pallet_transaction_payment
	pallet_timestamp pallet_utility pallet_sudo pallet_staking pallet_session pallet_bags_list
	pallet_preimage pallet_scheduler pallet_referenda pallet_conviction_voting pallet_treasury
	pallet_proxy pallet_multisig)
PALLETS=()
RUNTIME_RUN=()
BASE=0
for arg in "$@"; do
	case "$arg" in
	--base) BASE=1 ;;
	--runtime-pallets) RUNTIME_RUN=("${RUNTIME_PALLETS[@]}") ;;
	-*) echo "unknown option $arg" >&2; exit 2 ;;
	*)
		# A polkadot-sdk pallet named alone writes its runtime weights; anything else is one of
		# Arete's pallets.
		if [[ " ${RUNTIME_PALLETS[*]} " == *" $arg "* ]]; then
			RUNTIME_RUN+=("$arg")
		else
			PALLETS+=("$arg")
		fi
		;;
	esac
done
if [ "${#PALLETS[@]}" -eq 0 ] && [ "${#RUNTIME_RUN[@]}" -eq 0 ] && [ "$BASE" -eq 0 ]; then
	PALLETS=("${ARETE_PALLETS[@]}")
fi

# The benchmark CLI depends on a test runtime (for `benchmark storage`, unused here) whose Wasm
# build cannot find its own manifest when it comes from the registry; skip just that one.
# The load tool comes along (it fills the database the storage benchmark reads); one invocation
# keeps one feature set.
SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1 \
	cargo build --release --locked -p arete-node -p arete-load --features arete-node/runtime-benchmarks
bench_bin="$CARGO_TARGET_DIR/release/arete-node"
wasm="$CARGO_TARGET_DIR/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm"
out_dir="$CARGO_TARGET_DIR/benchmarks"
mkdir -p "$out_dir"

run_benchmark() {
	local pallet="$1" extrinsic="$2"
	shift 2
	"$bench_bin" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet "$pallet" \
		--extrinsic "$extrinsic" \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--heap-pages 4096 \
		"$@"
}

for pallet in "${PALLETS[@]}"; do
	crate_dir="pallets/${pallet#pallet_}"
	echo "== $pallet -> $crate_dir/src/weights.rs"
	run_benchmark "$pallet" '*' \
		--template scripts/benchmarks/weight-template.hbs \
		--output "$crate_dir/src/weights.rs" | tee "$out_dir/$pallet.txt"
done

for pallet in "${RUNTIME_RUN[@]}"; do
	echo "== $pallet -> runtime/src/weights/$pallet.rs"
	run_benchmark "$pallet" '*' \
		--template scripts/benchmarks/runtime-weight-template.hbs \
		--output "runtime/src/weights/$pallet.rs" | tee "$out_dir/$pallet.txt"
done

if [ "$BASE" -eq 1 ]; then
	# The storage benchmark reads and writes every key of a real database: a dev chain on
	# ParityDB (the node's default database), filled by the load tool with BENCH_ACCOUNTS
	# funded accounts and a minute of transfers between them, then stopped. Writes are
	# measured in batches of 1,000 keys (the storage root computed once per batch, as once per
	# block), and the weights take the mean.
	accounts="${BENCH_ACCOUNTS:-20000}"
	port="${BENCH_RPC_PORT:-9955}"
	db_dir="$(mktemp -d "${TMPDIR:-/tmp}/arete-bench-db.XXXXXX")"
	trap 'rm -rf "$db_dir"' EXIT
	echo "== a dev chain on ParityDB with $accounts load accounts: $db_dir"
	"$bench_bin" --dev --base-path "$db_dir" --database paritydb --rpc-port "$port" \
		--no-prometheus >"$out_dir/storage-chain.log" 2>&1 &
	chain_pid=$!
	until grep -q "Imported #1 " "$out_dir/storage-chain.log" 2>/dev/null; do
		kill -0 "$chain_pid" 2>/dev/null || { cat "$out_dir/storage-chain.log"; exit 1; }
		sleep 1
	done
	"$CARGO_TARGET_DIR/release/arete-load" --url "http://127.0.0.1:$port" --accounts "$accounts" \
		--duration 60 --node-pid "$chain_pid" --json "$out_dir/storage-fill.json" |
		tee "$out_dir/storage-fill.txt"
	kill -INT "$chain_pid"
	wait "$chain_pid" || true
	echo "== benchmark storage (ParityDB) -> runtime/src/weights/paritydb.rs"
	"$bench_bin" benchmark storage --dev --base-path "$db_dir" --database paritydb \
		--state-version 1 --batch-size 1000 \
		--template-path scripts/benchmarks/db-weight-template.hbs \
		--weight-path runtime/src/weights/paritydb.rs | tee "$out_dir/storage.txt"

	# Empty blocks and blocks full of `System::remark`: the base weights of a block and of an
	# extrinsic. The CLI writes them with its own template; the figures are copied into
	# runtime/src/weights/base.rs.
	echo "== benchmark overhead -> runtime/src/weights/base.rs"
	overhead_dir="$out_dir/overhead"
	mkdir -p "$overhead_dir"
	"$bench_bin" benchmark overhead --dev --weight-path "$overhead_dir" \
		--genesis-builder spec-genesis | tee "$out_dir/overhead.txt"
	ns_of() { # the nanoseconds in a generated weight file
		grep -o 'WEIGHT_REF_TIME_PER_NANOS.saturating_mul([0-9_]*)' "$1" | grep -o '[0-9_]*)' | tr -d '_)'
	}
	block_ns=$(ns_of "$overhead_dir/block_weights.rs")
	remark_ns=$(ns_of "$overhead_dir/extrinsic_weights.rs")
	# The signed remark ran every transaction extension, and each extension is also charged
	# its own benchmarked weight: subtract their execution times (not their database reads
	# and writes, which the in-memory overhead benchmark did not pay) so that nothing is
	# counted twice (polkadot-sdk issue #9981). Needs the extension weights measured first
	# (`--runtime-pallets` in the same run, or from an earlier one).
	exec_ps() { # file fn...: the sum of the execution parts of the named weight functions
		local file=$1
		shift
		awk -v names=" $* " '
			match($0, /fn [a-z_]+\(/) { name = substr($0, RSTART + 3, RLENGTH - 4); want = index(names, " " name " ") }
			want && match($0, /Weight::from_parts\([0-9_]+/) {
				n = substr($0, RSTART + 19, RLENGTH - 19); gsub("_", "", n); sum += n; want = 0
			}
			END { printf "%d", sum }' "$file"
	}
	extensions_ps=$(($(exec_ps runtime/src/weights/frame_system_extensions.rs check_non_zero_sender \
		check_spec_version check_tx_version check_genesis check_mortality_mortal_transaction \
		check_nonce check_weight weight_reclaim) + $(exec_ps \
		runtime/src/weights/pallet_transaction_payment.rs charge_transaction_payment)))
	extrinsic_ns=$((remark_ns - extensions_ps / 1000))
	if [ "$extrinsic_ns" -le 0 ]; then
		echo "the extensions' weights ($extensions_ps ps) exceed the signed remark ($remark_ns ns)" >&2
		exit 1
	fi
	echo "   signed remark: $remark_ns ns; its extensions: $((extensions_ps / 1000)) ns"
	sed -e "s/@DATE@/$(date -u +%Y-%m-%d)/" -e "s/@HOST@/$(hostname)/" \
		-e "s/@CPU@/$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //; s/[\/&]/ /g')/" \
		-e "s/@BLOCK_NS@/$block_ns/" -e "s/@EXTRINSIC_NS@/$extrinsic_ns/" \
		-e "s/@REMARK_NS@/$remark_ns/" -e "s/@EXTENSIONS_NS@/$((extensions_ps / 1000))/" \
		scripts/benchmarks/base-weight-template.rs >runtime/src/weights/base.rs
	echo "   block: $block_ns ns, extrinsic: $extrinsic_ns ns"
fi

# The reference the closing notes compare against: a plain balance transfer.
echo "== pallet_balances::transfer_keep_alive (reference)"
run_benchmark pallet_balances transfer_keep_alive \
	--output "$out_dir/pallet_balances_weights.rs" | tee "$out_dir/pallet_balances.txt"
grep -A3 "fn transfer_keep_alive" "$out_dir/pallet_balances_weights.rs"
