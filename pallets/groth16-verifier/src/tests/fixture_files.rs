//! The committed fixture files: regenerated deterministically by the tests, compared with the
//! committed copies, and rewritten when `ARETE_WRITE_GROTH16_FIXTURES=1`.

use crate::prover::{inputs_to_bytes, Instance};
use crate::{fixtures::Fixture, MAX_PUBLIC_INPUTS};
use ark_bls12_381::{Fq, Fq2, G1Affine, G2Affine};
use ark_ec::AffineRepr;
use codec::Encode;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

pub const WRITE_VAR: &str = "ARETE_WRITE_GROTH16_FIXTURES";

/// The seed of the setup and proof with `public_inputs` inputs; "ARETEG16" in ASCII, so that no
/// two input counts share a setup.
pub fn seed(public_inputs: usize) -> u64 {
	0x4152_4554_4547_3136 ^ public_inputs as u64
}

pub fn fixtures_dir() -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

pub fn bench_fixture(public_inputs: usize) -> Fixture {
	let instance = Instance::new(public_inputs, seed(public_inputs));
	Fixture {
		public_inputs: public_inputs as u32,
		verifying_key: instance.vk_bytes(),
		proof: instance.proof_bytes(),
		inputs: instance.input_bytes(),
	}
}

/// What `fixtures/bench.scale` must hold.
pub fn bench_file() -> Vec<u8> {
	(1..=MAX_PUBLIC_INPUTS as usize).map(bench_fixture).collect::<Vec<_>>().encode()
}

/// The snarkjs example: the two-input fixture as snarkjs's `verification_key.json`,
/// `proof.json`, `public.json`, and as the chain encoding (`chain.json`, what
/// scripts/groth16/snarkjs-to-arete.mjs must print for them).
pub fn snarkjs_files() -> Vec<(&'static str, String)> {
	let instance = Instance::new(2, seed(2));
	let vk = &instance.vk;
	let verification_key = json!({
		"protocol": "groth16",
		"curve": "bls12381",
		"nPublic": instance.inputs.len(),
		"vk_alpha_1": g1(&vk.alpha_g1),
		"vk_beta_2": g2(&vk.beta_g2),
		"vk_gamma_2": g2(&vk.gamma_g2),
		"vk_delta_2": g2(&vk.delta_g2),
		"IC": vk.gamma_abc_g1.iter().map(g1).collect::<Vec<_>>(),
	});
	let proof = json!({
		"pi_a": g1(&instance.proof.a),
		"pi_b": g2(&instance.proof.b),
		"pi_c": g1(&instance.proof.c),
		"protocol": "groth16",
		"curve": "bls12381",
	});
	let public: Vec<String> = instance.inputs.iter().map(|x| x.to_string()).collect();
	let chain = json!({
		"verifyingKey": hex(&instance.vk_bytes()),
		"proof": hex(&instance.proof_bytes()),
		"publicInputs": inputs_to_bytes(&instance.inputs).iter().map(|x| hex(x)).collect::<Vec<_>>(),
	});
	let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("json") + "\n";
	vec![
		("verification_key.json", pretty(&verification_key)),
		("proof.json", pretty(&proof)),
		("public.json", pretty(&json!(public))),
		("chain.json", pretty(&chain)),
	]
}

/// snarkjs's G1 object: decimal strings of projective coordinates with z = 1 (the identity is
/// [0, 1, 0]).
fn g1(p: &G1Affine) -> Value {
	if p.is_zero() {
		return json!(["0", "1", "0"]);
	}
	json!([dec(p.x), dec(p.y), "1"])
}

/// snarkjs's G2 object: each Fq2 coordinate as [c0, c1], z = [1, 0].
fn g2(p: &G2Affine) -> Value {
	if p.is_zero() {
		return json!([["0", "0"], ["1", "0"], ["0", "0"]]);
	}
	let f2 = |f: Fq2| json!([dec(f.c0), dec(f.c1)]);
	json!([f2(p.x), f2(p.y), ["1", "0"]])
}

/// ark-ff 0.6 prints field elements as their canonical integer in decimal.
fn dec(f: Fq) -> String {
	f.to_string()
}

pub fn hex(bytes: &[u8]) -> String {
	let mut out = String::from("0x");
	for b in bytes {
		out.push_str(&format!("{b:02x}"));
	}
	out
}

/// Writes `expected` to `path` under `ARETE_WRITE_GROTH16_FIXTURES=1`; otherwise fails unless
/// the committed file holds exactly `expected`.
pub fn check_or_write(path: &Path, expected: &[u8]) {
	if std::env::var(WRITE_VAR).as_deref() == Ok("1") {
		std::fs::create_dir_all(path.parent().expect("a directory")).expect("create dir");
		std::fs::write(path, expected).expect("write fixture");
		eprintln!("wrote {}", path.display());
		return;
	}
	let committed = std::fs::read(path).unwrap_or_default();
	assert!(
		committed == expected,
		"{} differs from what the tests generate; if the change is intended, regenerate with \
		 `{WRITE_VAR}=1 cargo test --release -p groth16-verifier` and commit it",
		path.display()
	);
}
