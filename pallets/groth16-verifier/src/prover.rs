//! A test prover: the circuit the crate's tests prove, helpers that turn ark-groth16's objects
//! into the chain encoding, and [`TrainingProver`] for other crates' tests (feature `prover`,
//! never in a runtime: it pulls ark-groth16 and needs `std`).
//!
//! "Training commitment": the prover knows private `data_root` and `weights_root` (Merkle roots
//! of a training set and of the trained weights) such that the public
//! `commitment = data_root * weights_root + epochs + sum(extra)`, with `epochs` and the `extra`
//! metadata public. With `n` public inputs they are `[commitment, epochs, extra_1, ...,
//! extra_{n-2}]`; with one, just `[commitment]` (no metadata); with none the commitment is
//! private too (a circuit that only proves knowledge of a factorisation).

use crate::{PublicInput, PureBls12_381};
use ark_bls12_381::Fr;
use ark_groth16::{Groth16, Proof, ProvingKey, VerifyingKey};
use ark_relations::{
	gr1cs::{ConstraintSynthesizer, ConstraintSystemRef, SynthesisError},
	lc,
};
use ark_serialize::CanonicalSerialize;
use ark_std::{
	rand::{rngs::StdRng, SeedableRng},
	UniformRand,
};

pub type ArkGroth16 = Groth16<PureBls12_381>;

/// The circuit, with its witness (`Some`) for proving or without (`None`) for the setup.
#[derive(Clone)]
pub struct TrainingCommitment {
	pub public_inputs: usize,
	pub data_root: Option<Fr>,
	pub weights_root: Option<Fr>,
	/// `epochs` then the extra metadata: `public_inputs - 1` values (none when
	/// `public_inputs <= 1`).
	pub metadata: Vec<Option<Fr>>,
}

impl TrainingCommitment {
	pub fn shape(public_inputs: usize) -> Self {
		let metadata = vec![None; public_inputs.saturating_sub(1)];
		Self { public_inputs, data_root: None, weights_root: None, metadata }
	}

	fn commitment(&self) -> Option<Fr> {
		let mut sum = self.data_root? * self.weights_root?;
		for m in &self.metadata {
			sum += (*m)?;
		}
		Some(sum)
	}

	/// The public inputs this witness proves, in the order the circuit allocates them.
	pub fn public_values(&self) -> Vec<Fr> {
		if self.public_inputs == 0 {
			return vec![];
		}
		let mut values = vec![self.commitment().expect("a witness")];
		values.extend(self.metadata.iter().map(|m| m.expect("a witness")));
		values
	}
}

impl ConstraintSynthesizer<Fr> for TrainingCommitment {
	fn generate_constraints(self, cs: ConstraintSystemRef<Fr>) -> Result<(), SynthesisError> {
		let missing = || SynthesisError::AssignmentMissing;
		let data = cs.new_witness_variable(|| self.data_root.ok_or_else(missing))?;
		let weights = cs.new_witness_variable(|| self.weights_root.ok_or_else(missing))?;
		let commitment_value = || self.commitment().ok_or_else(missing);
		let commitment = if self.public_inputs == 0 {
			cs.new_witness_variable(commitment_value)?
		} else {
			cs.new_input_variable(commitment_value)?
		};
		let mut product = lc!() + commitment;
		for m in &self.metadata {
			let var = cs.new_input_variable(|| m.ok_or_else(missing))?;
			product = product - var;
		}
		// data_root * weights_root = commitment - epochs - sum(extra)
		cs.enforce_r1cs_constraint(|| lc!() + data, || lc!() + weights, || product)?;
		Ok(())
	}
}

/// A setup and one proof for `public_inputs` inputs, all from `seed`.
pub struct Instance {
	pub pk: ProvingKey<PureBls12_381>,
	pub vk: VerifyingKey<PureBls12_381>,
	pub proof: Proof<PureBls12_381>,
	pub inputs: Vec<Fr>,
}

impl Instance {
	pub fn new(public_inputs: usize, seed: u64) -> Self {
		let mut rng = StdRng::seed_from_u64(seed);
		let pk = ArkGroth16::generate_random_parameters_with_reduction(
			TrainingCommitment::shape(public_inputs),
			&mut rng,
		)
		.expect("setup");
		let witness = witness(public_inputs, &mut rng);
		let inputs = witness.public_values();
		let proof =
			ArkGroth16::create_random_proof_with_reduction(witness, &pk, &mut rng).expect("prove");
		let vk = pk.vk.clone();
		Self { pk, vk, proof, inputs }
	}

	/// Another proof from the same key, for other witness values.
	pub fn prove_other(&self, seed: u64) -> (Proof<PureBls12_381>, Vec<Fr>) {
		let mut rng = StdRng::seed_from_u64(seed);
		let witness = witness(self.inputs.len(), &mut rng);
		let inputs = witness.public_values();
		let proof = ArkGroth16::create_random_proof_with_reduction(witness, &self.pk, &mut rng)
			.expect("prove");
		(proof, inputs)
	}

	pub fn vk_bytes(&self) -> Vec<u8> {
		to_bytes(&self.vk)
	}

	pub fn proof_bytes(&self) -> Vec<u8> {
		to_bytes(&self.proof)
	}

	pub fn input_bytes(&self) -> Vec<PublicInput> {
		inputs_to_bytes(&self.inputs)
	}

	/// ark-groth16's verdict, the reference ours must agree with.
	pub fn ark_verify(
		vk: &VerifyingKey<PureBls12_381>,
		proof: &Proof<PureBls12_381>,
		inputs: &[Fr],
	) -> bool {
		let pvk = ark_groth16::prepare_verifying_key(vk);
		ArkGroth16::verify_proof(&pvk, proof, inputs).expect("ark-groth16 verify")
	}
}

fn witness(public_inputs: usize, rng: &mut StdRng) -> TrainingCommitment {
	let data_root = Fr::rand(rng);
	let weights_root = Fr::rand(rng);
	let metadata = (0..public_inputs.saturating_sub(1))
		.map(|i| {
			// `epochs` is a small count, the other metadata look like hashes.
			Some(if i == 0 { Fr::from(u64::from(rng_u8(rng)) + 1) } else { Fr::rand(rng) })
		})
		.collect();
	TrainingCommitment {
		public_inputs,
		data_root: Some(data_root),
		weights_root: Some(weights_root),
		metadata,
	}
}

fn rng_u8(rng: &mut StdRng) -> u8 {
	use ark_std::rand::RngCore;
	(rng.next_u32() & 0x7f) as u8
}

pub fn to_bytes<T: CanonicalSerialize>(value: &T) -> Vec<u8> {
	let mut bytes = Vec::new();
	value.serialize_uncompressed(&mut bytes).expect("serialize");
	bytes
}

pub fn inputs_to_bytes(inputs: &[Fr]) -> Vec<PublicInput> {
	inputs.iter().map(|x| to_bytes(x).try_into().expect("32 bytes")).collect()
}

/// A circuit setup that proves any public inputs a test chooses, for crates whose tests need
/// real proofs with given inputs (e.g. an input binding the proof to an account).
pub struct TrainingProver {
	pk: ProvingKey<PureBls12_381>,
}

impl TrainingProver {
	/// The setup of the training-commitment circuit with `public_inputs` inputs (at least 1),
	/// from `seed`.
	pub fn setup(public_inputs: usize, seed: u64) -> Self {
		let mut rng = StdRng::seed_from_u64(seed);
		let pk = ArkGroth16::generate_random_parameters_with_reduction(
			TrainingCommitment::shape(public_inputs.max(1)),
			&mut rng,
		)
		.expect("setup");
		Self { pk }
	}

	/// The verifying key in the chain encoding.
	pub fn verifying_key(&self) -> Vec<u8> {
		to_bytes(&self.pk.vk)
	}

	/// A proof, in the chain encoding, that `inputs` (canonical scalars, as many as the setup's
	/// inputs) are public inputs of the circuit: with `inputs = [x0, x1, ...]` the witness is a
	/// random `data_root` and `weights_root = (x0 - x1 - ...) / data_root`.
	pub fn prove(&self, inputs: &[PublicInput], seed: u64) -> Vec<u8> {
		use ark_ff::{Field, PrimeField};
		let mut rng = StdRng::seed_from_u64(seed);
		let values: Vec<Fr> = inputs.iter().map(|x| Fr::from_le_bytes_mod_order(x)).collect();
		let (first, metadata) = values.split_first().expect("at least one input");
		let data_root = loop {
			let candidate = Fr::rand(&mut rng);
			if candidate != Fr::from(0u64) {
				break candidate;
			}
		};
		let rest: Fr = metadata.iter().copied().sum();
		let weights_root = (*first - rest) * data_root.inverse().expect("non-zero");
		let witness = TrainingCommitment {
			public_inputs: inputs.len(),
			data_root: Some(data_root),
			weights_root: Some(weights_root),
			metadata: metadata.iter().copied().map(Some).collect(),
		};
		debug_assert_eq!(witness.public_values(), values);
		let proof = ArkGroth16::create_random_proof_with_reduction(witness, &self.pk, &mut rng)
			.expect("prove");
		to_bytes(&proof)
	}
}

/// `r`, BLS12-381's group order, as 32 little-endian bytes (not a canonical scalar).
pub fn modulus_bytes() -> PublicInput {
	use ark_ff::{BigInteger, PrimeField};
	Fr::MODULUS.to_bytes_le().try_into().expect("32 bytes")
}
