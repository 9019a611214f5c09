#!/usr/bin/env bash
# Coverage-guided fuzzing of the whole runtime: the libFuzzer target in tools/runtime-fuzz/fuzz.
#
#   scripts/fuzz-runtime.sh [SECONDS] [JOBS]
#
# Installs the nightly toolchain and cargo-fuzz when missing, builds the target (no sanitizer:
# the runtime is safe Rust, and what the target looks for are panics and broken invariants),
# writes a starting corpus of recorded seeded runs when the corpus is empty, then runs libFuzzer
# for SECONDS (default 3600) with JOBS processes (default 1). The corpus is kept in
# tools/runtime-fuzz/fuzz/corpus/runtime between runs; a finding is saved in
# tools/runtime-fuzz/fuzz/artifacts/runtime/ and can be replayed with
# `arete-runtime-fuzz replay <file>`. The run's figures are written to
# tools/runtime-fuzz/fuzz/stats.txt (of the last job to report, with JOBS > 1, whose own
# output goes to tools/runtime-fuzz/fuzz/fuzz-<n>.log).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-3600}"
jobs="${2:-1}"
fuzz_dir="$repo_root/tools/runtime-fuzz/fuzz"
corpus="$fuzz_dir/corpus/runtime"
artifacts="$fuzz_dir/artifacts/runtime"

if ! rustup toolchain list | grep -q '^nightly'; then
	rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
	cargo +nightly install cargo-fuzz --locked
fi

cd "$repo_root/tools/runtime-fuzz"
# The target runs the runtime natively; the Wasm blob is not needed.
export SKIP_WASM_BUILD=1
export CARGO_TARGET_DIR="$fuzz_dir/target"
cargo +nightly fuzz build -s none -O runtime
binary="$CARGO_TARGET_DIR/x86_64-unknown-linux-gnu/release/runtime"

mkdir -p "$corpus" "$artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
	echo "writing a starting corpus to $corpus"
	ARETE_FUZZ_WRITE_SEEDS="$corpus" "$binary" -runs=1 >/dev/null 2>&1
fi

# With JOBS > 1, libFuzzer writes each job's output to fuzz-<n>.log in the current directory.
cd "$fuzz_dir"
export ARETE_FUZZ_STATS="$fuzz_dir/stats.txt"
args=(-max_total_time="$seconds" -timeout=120 -rss_limit_mb=4096 -print_final_stats=1
	-artifact_prefix="$artifacts/")
if [ "$jobs" -gt 1 ]; then
	args+=(-jobs="$jobs" -workers="$jobs")
fi
"$binary" "${args[@]}" "$corpus"
