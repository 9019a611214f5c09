# Sourced by the run and test scripts: puts the toolchain chosen by setup.sh first on PATH.
# With the Debian route, /usr/bin holds rustc/cargo 1.96 whose sysroot has wasm32v1-none, and the
# Wasm builder's inner cargo must find the same rustc through PATH.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "$(cat "$repo_root/.toolchain-route" 2>/dev/null)" = "debian" ]; then
	# /usr/bin first for rustc and cargo, without letting an older /usr/bin/node shadow the
	# node that was first on PATH before.
	node_dir="$(dirname "$(command -v node 2>/dev/null || echo /usr/bin/node)")"
	export PATH="/usr/bin:$PATH"
	[ "$node_dir" = /usr/bin ] || export PATH="$node_dir:$PATH"
	unset RUSTC RUSTUP_TOOLCHAIN node_dir
fi
# Node.js >= 20 installed by setup.sh from PyPI when the system's node is older.
[ -x "$repo_root/.tools/node/bin/node" ] && export PATH="$repo_root/.tools/node/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo_root/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export NODE_BIN="$CARGO_TARGET_DIR/release/arete-node"

# The one cargo invocation of the test command (scripts/test.sh) builds the node, the runtime and
# every Arete pallet with their tests. The native code gets try-runtime (so every test can check
# `try_state` invariants) and runtime-benchmarks (so each pallet's benchmarks run as tests);
# ARETE_PLAIN_WASM=1 keeps both out of the Wasm runtime the node embeds (runtime/build.rs).
export ARETE_TEST_PACKAGES="arete-node arete-load arete-runtime-fuzz arete-runtime pallet-witnesses pallet-performance pallet-agreements pallet-agents pallet-credits pallet-streaming verification-primitives policy-engine groth16-verifier"
arete_test_cargo_args() {
	local package
	for package in $ARETE_TEST_PACKAGES; do
		printf -- '-p\n%s\n' "$package"
		# The node and the load tool have no try-runtime or runtime-benchmarks features of
		# their own; they get the runtime's through the packages below.
		case "$package" in arete-node | arete-load | arete-runtime-fuzz) continue ;; esac
		printf -- '--features\n%s/try-runtime,%s/runtime-benchmarks\n' "$package" "$package"
	done
}
