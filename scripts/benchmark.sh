#!/usr/bin/env bash
# Regenerates the weights of Arete's own pallets with frame-benchmarking and prints the
# reference weight of pallet-balances' `transfer_keep_alive` measured on the same machine.
#
#   ./scripts/benchmark.sh                      # every Arete pallet, 50 steps x 20 repeats
#   STEPS=4 REPEAT=2 ./scripts/benchmark.sh    # a quick, coarse pass
#   ./scripts/benchmark.sh pallet_witnesses     # only the named pallets
#
# Builds the node with `--features runtime-benchmarks` first (the benchmark CLI adds a few
# hundred crates, which is why the default build and CI leave it out). Afterwards the regular
# build (`./scripts/build.sh`) rebuilds the runtime without benchmark code.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
PALLETS=("$@")
if [ "${#PALLETS[@]}" -eq 0 ]; then
	PALLETS=(pallet_witnesses pallet_performance)
fi

# The benchmark CLI depends on a test runtime (for `benchmark storage`, unused here) whose Wasm
# build cannot find its own manifest when it comes from the registry; skip just that one.
SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1 \
	cargo build --release --locked -p arete-node --features runtime-benchmarks
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

# The reference the closing notes compare against: a plain balance transfer.
echo "== pallet_balances::transfer_keep_alive (reference)"
run_benchmark pallet_balances transfer_keep_alive \
	--output "$out_dir/pallet_balances_weights.rs" | tee "$out_dir/pallet_balances.txt"
grep -A3 "fn transfer_keep_alive" "$out_dir/pallet_balances_weights.rs"
