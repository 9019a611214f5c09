//! Checks of the `arete-node` binary that `scripts/test.sh` builds and the end-to-end tests run.
//!
//! `scripts/test.sh` compiles the node in the same cargo invocation as the Rust tests, with the
//! native runtime's `try-runtime` and `runtime-benchmarks` features on, so that FRAME is
//! compiled once. These tests show that this binary still embeds the production Wasm runtime
//! (the one a validator runs) and answers its command line like any build.

use std::process::Command;

const NODE: &str = env!("CARGO_BIN_EXE_arete-node");

/// A runtime API's id: the blake2-64 hash of its name. The Wasm lists the ids of the APIs it
/// implements in its `runtime_apis` custom section.
fn api_id(name: &str) -> [u8; 8] {
	sp_crypto_hashing::blake2_64(name.as_bytes())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
	haystack.windows(needle.len()).any(|window| window == needle)
}

#[test]
fn embedded_wasm_is_the_production_runtime() {
	let wasm = arete_runtime::WASM_BINARY_BLOATY.expect("the node embeds a Wasm runtime");
	// Positive controls: APIs every Arete runtime declares.
	for name in ["Core", "Metadata", "BlockBuilder", "BabeApi", "GrandpaApi", "WitnessesApi"] {
		assert!(contains(wasm, &api_id(name)), "the Wasm should declare the {name} runtime API");
	}
	// Test-only APIs that `ARETE_PLAIN_WASM=1` keeps out of the Wasm.
	for name in ["TryRuntime", "Benchmark"] {
		assert!(!contains(wasm, &api_id(name)), "the embedded Wasm must not declare {name}");
	}
}

#[test]
fn version_and_dev_chain_spec() {
	let version = Command::new(NODE).arg("--version").output().expect("arete-node runs");
	assert!(version.status.success());
	assert!(String::from_utf8_lossy(&version.stdout).starts_with("arete-node "));

	let spec = Command::new(NODE)
		.args(["build-spec", "--chain", "dev", "--disable-default-bootnode"])
		.output()
		.expect("arete-node runs");
	assert!(spec.status.success(), "build-spec failed: {}", String::from_utf8_lossy(&spec.stderr));
	let spec: serde_json::Value = serde_json::from_slice(&spec.stdout).expect("the spec is JSON");
	assert_eq!(spec["properties"]["tokenSymbol"], "ARETE");
	assert_eq!(spec["properties"]["tokenDecimals"], 12);
	assert_eq!(spec["properties"]["ss58Format"], 1337);
	assert_eq!(spec["chainType"], "Development");
}
