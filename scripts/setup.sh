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
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[setup] %s\n' "$*" >&2; }

sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi

apt_packages=(protobuf-compiler lld-22 curl ca-certificates)
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
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	missing+=(nodejs npm)
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

# 4. npm packages of the end-to-end tests and of the zombienet CLI (lock files pinned).
for dir in "$repo_root/scripts/e2e" "$repo_root/zombienet"; do
	[ -f "$dir/package.json" ] || continue
	if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
		log "installing npm packages in ${dir#"$repo_root"/}"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
	fi
done
log "done"
