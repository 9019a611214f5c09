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
	}
}
