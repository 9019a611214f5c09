# Sourced by the run and test scripts: puts the toolchain chosen by setup.sh first on PATH.
# With the Debian route, /usr/bin holds rustc/cargo 1.96 whose sysroot has wasm32v1-none, and the
# Wasm builder's inner cargo must find the same rustc through PATH.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "$(cat "$repo_root/.toolchain-route" 2>/dev/null)" = "debian" ]; then
	export PATH="/usr/bin:$PATH"
	unset RUSTC RUSTUP_TOOLCHAIN
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo_root/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export NODE_BIN="$CARGO_TARGET_DIR/release/arete-node"
