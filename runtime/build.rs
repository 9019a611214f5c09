//! Compiles the runtime to Wasm with `substrate-wasm-builder`; the node embeds the result.
//!
//! The Wasm builder enables in the Wasm build every feature of this crate that the outer build
//! enabled. `scripts/test.sh` compiles the native runtime with `try-runtime` and
//! `runtime-benchmarks` (for `try_state` after every test and the benchmark tests) in the same
//! cargo invocation that builds the node, so that FRAME is compiled once. With
//! `ARETE_PLAIN_WASM=1` this script hides those features from the Wasm builder: the node
//! then embeds the production Wasm runtime, the one the end-to-end tests must exercise, while
//! only dead native code carries the test features. Without the variable (the default, and what
//! `scripts/benchmark.sh` relies on) the features reach the Wasm as usual.
fn main() {
	#[cfg(feature = "std")]
	{
		println!("cargo:rerun-if-env-changed=ARETE_PLAIN_WASM");
		if std::env::var("ARETE_PLAIN_WASM").is_ok_and(|value| value == "1") {
			// Every feature but `std` and `default`: the test features and the optional
			// dependencies they switch on (frame-benchmarking, frame-try-runtime, ...), so that
			// the Wasm is exactly the one a default build embeds.
			let features: Vec<std::ffi::OsString> = std::env::vars_os()
				.map(|(key, _)| key)
				.filter(|key| {
					let key = key.to_string_lossy();
					key.starts_with("CARGO_FEATURE_")
						&& key != "CARGO_FEATURE_STD"
						&& key != "CARGO_FEATURE_DEFAULT"
				})
				.collect();
			for feature in features {
				std::env::remove_var(feature);
			}
		}
		substrate_wasm_builder::WasmBuilder::build_using_defaults();
		build_upgrade_runtime();
	}
}

/// With `ARETE_UPGRADE_WASM_DIR=<absolute dir>`, also builds the runtime with `upgrade-test`
/// (`spec_version` one higher, nothing else different) and copies its compressed Wasm to
/// `<dir>/arete_runtime_upgrade.compact.compressed.wasm`: the runtime the network test
/// (`zombienet/js/runtime-upgrade.js`) upgrades a live chain to. Its blob gets its own name in
/// the Wasm project, so the runtime the node embeds is untouched; the cost is a second
/// compilation of this crate to Wasm whenever the runtime changes.
#[cfg(feature = "std")]
fn build_upgrade_runtime() {
	println!("cargo:rerun-if-env-changed=ARETE_UPGRADE_WASM_DIR");
	let Some(dir) = std::env::var_os("ARETE_UPGRADE_WASM_DIR") else { return };
	const NAME: &str = "arete_runtime_upgrade";
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_feature("upgrade-test")
		.set_file_name(NAME)
		.build();
	// The builder writes the blob's path into the file it generates in OUT_DIR.
	let out_dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
	let generated = std::fs::read_to_string(out_dir.join(NAME)).expect("the Wasm builder wrote its file");
	let Some(path) = generated
		.split("WASM_BINARY_PATH: Option<&str> = Some(\"")
		.nth(1)
		.and_then(|rest| rest.split('"').next())
	else {
		// SKIP_WASM_BUILD: no Wasm was built.
		return;
	};
	let dir = std::path::PathBuf::from(dir);
	std::fs::create_dir_all(&dir).expect("ARETE_UPGRADE_WASM_DIR can be created");
	std::fs::copy(path, dir.join(format!("{NAME}.compact.compressed.wasm")))
		.expect("the upgrade runtime's Wasm is copied");
}
