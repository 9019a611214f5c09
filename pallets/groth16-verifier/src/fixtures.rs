//! Committed verifying keys, valid proofs and their inputs in the chain encoding, one set for
//! every input count from 1 to [`MAX_PUBLIC_INPUTS`](crate::MAX_PUBLIC_INPUTS), for benchmarks
//! (a pallet enables the `fixtures` feature in its `runtime-benchmarks`).
//!
//! They come from the crate's tests: a "training commitment" circuit with `n` public inputs,
//! set up and proven by ark-groth16 with a seeded RNG. A test regenerates them and fails when
//! `fixtures/bench.scale` differs; `ARETE_WRITE_GROTH16_FIXTURES=1` rewrites it (see the
//! README).

use crate::PublicInput;
use alloc::vec::Vec;
use codec::{Decode, DecodeAll, Encode};

/// The SCALE encoding of a `Vec<Fixture>`, ordered by input count.
pub const BENCH_FIXTURES: &[u8] = include_bytes!("../fixtures/bench.scale");

/// A verifying key, a proof that is valid for it and that proof's public inputs.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct Fixture {
	/// How many public inputs the key declares (`inputs.len()`).
	pub public_inputs: u32,
	pub verifying_key: Vec<u8>,
	pub proof: Vec<u8>,
	pub inputs: Vec<PublicInput>,
}

/// All fixtures, or `None` if the committed file does not decode (it always should; a test
/// checks it).
pub fn bench_fixtures() -> Option<Vec<Fixture>> {
	Vec::<Fixture>::decode_all(&mut &BENCH_FIXTURES[..]).ok()
}

/// The fixture with `public_inputs` inputs (1 to `MAX_PUBLIC_INPUTS`), if there is one.
pub fn bench_fixture(public_inputs: u32) -> Option<Fixture> {
	bench_fixtures()?.into_iter().find(|fixture| fixture.public_inputs == public_inputs)
}
