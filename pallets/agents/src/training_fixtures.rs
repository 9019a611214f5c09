//! Committed training proofs for the benchmarks: for every input count from 1 to 16, a
//! verifying key, a valid proof and its inputs, whose first input binds the proof to agent 0
//! running model `0x0202…02` (the agent the benchmarks register first).
//!
//! A test (`tests_training::the_committed_training_fixtures_are_current`) regenerates them with
//! `groth16-verifier`'s test prover and fails when `fixtures/training.scale` differs;
//! `ARETE_WRITE_AGENTS_FIXTURES=1` rewrites the file.

use alloc::vec::Vec;
use codec::{Decode, DecodeAll, Encode};
use groth16_verifier::PublicInput;

/// The SCALE encoding of a `Vec<TrainingFixture>`, ordered by input count.
pub const TRAINING_FIXTURES: &[u8] = include_bytes!("../fixtures/training.scale");

/// The model hash the fixtures are bound to.
pub const FIXTURE_MODEL: [u8; 32] = [2; 32];

/// A verifying key, a valid proof for it, and the proof's inputs.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct TrainingFixture {
	/// How many public inputs the key declares.
	pub public_inputs: u32,
	/// The key in the chain encoding.
	pub verifying_key: Vec<u8>,
	/// The proof in the chain encoding.
	pub proof: Vec<u8>,
	/// The inputs: the binding of agent 0 and [`FIXTURE_MODEL`], then 1, 2, ...
	pub inputs: Vec<PublicInput>,
}

/// The fixture with `public_inputs` inputs, if there is one.
pub fn training_fixture(public_inputs: u32) -> Option<TrainingFixture> {
	Vec::<TrainingFixture>::decode_all(&mut &TRAINING_FIXTURES[..])
		.ok()?
		.into_iter()
		.find(|fixture| fixture.public_inputs == public_inputs)
}
