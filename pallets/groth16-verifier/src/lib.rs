//! # Groth16 verifier over BLS12-381
//!
//! Verifies Groth16 proofs on chain, for pallets that accept zero-knowledge proofs (AI agents'
//! training proofs first). One generic verifier over [`ark_ec::pairing::Pairing`] runs on two
//! backends ([`Backend`]):
//!
//! - [`Backend::Host`]: [`sp_crypto_ec_utils::bls12_381::Bls12_381`], whose multi-scalar
//!   multiplications, Miller loops and final exponentiations leave the Wasm runtime through
//!   host functions and run natively in the node. This is the backend a pallet uses. A node must
//!   register [`sp_crypto_ec_utils::bls12_381::host_calls::HostFunctions`] for a runtime that
//!   calls it to load at all.
//! - [`Backend::Pure`]: [`ark_bls12_381::Bls12_381`], all of it compiled into the runtime. It
//!   exists to be measured against (a benchmark runs both in one run) and as a reference.
//!
//! Both give the same answer for the same bytes: they decode the same encoding into the same
//! curve points and only differ in where the arithmetic runs.
//!
//! ## Chain encoding
//!
//! Keys and proofs are arkworks `CanonicalSerialize` bytes, **uncompressed**, of the same
//! fields in the same order as `ark_groth16::VerifyingKey` and `ark_groth16::Proof`. For
//! BLS12-381 arkworks writes points in the zcash format: big-endian coordinates with three flag
//! bits in the top of the first byte; G1 is [`G1_LEN`] bytes, G2 [`G2_LEN`]. Public inputs are
//! [`SCALAR_LEN`]-byte little-endian scalars below the group order `r`. The crate's README has
//! the byte tables.
//!
//! ## Validation
//!
//! Every point of a key or a proof is checked to lie on the curve and in the prime-order
//! subgroup; every scalar must be canonical (`< r`); lengths must match exactly. Nothing here
//! panics on any input: errors are [`Error`] values.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod encoding;
#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;
#[cfg(any(test, feature = "prover"))]
pub mod prover;
mod verifier;

#[cfg(test)]
mod tests;

pub use encoding::{decode_public_inputs, Proof, VerifyingKey};
pub use verifier::verify_with;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The pairing whose heavy operations run as host functions (natively in the node).
pub type HostBls12_381 = sp_crypto_ec_utils::bls12_381::Bls12_381;
/// The pairing computed entirely by arkworks inside the runtime.
pub type PureBls12_381 = ark_bls12_381::Bls12_381;

/// The most public inputs a verifying key may declare and a proof may come with. It bounds the
/// key's length ([`MAX_VERIFYING_KEY_LEN`]) and the verifier's work (one G1 point per input in
/// the multi-scalar multiplication).
pub const MAX_PUBLIC_INPUTS: u32 = 16;

/// An uncompressed G1 point: x then y, 48 big-endian bytes each, flags in the first byte.
pub const G1_LEN: usize = 96;
/// An uncompressed G2 point: x.c1, x.c0, y.c1, y.c0, 48 big-endian bytes each, flags in the
/// first byte.
pub const G2_LEN: usize = 192;
/// A public input: a scalar of BLS12-381's group order `r`, 32 little-endian bytes.
pub const SCALAR_LEN: usize = 32;
/// A proof: `A` (G1), `B` (G2), `C` (G1).
pub const PROOF_LEN: usize = G1_LEN + G2_LEN + G1_LEN;
/// The part of a verifying key before its input points: `alpha` (G1), `beta`, `gamma`,
/// `delta` (G2) and the `u64` count of the points that follow.
pub const VERIFYING_KEY_FIXED_LEN: usize = G1_LEN + 3 * G2_LEN + 8;
/// The longest verifying key: one with [`MAX_PUBLIC_INPUTS`] inputs.
pub const MAX_VERIFYING_KEY_LEN: usize = verifying_key_len(MAX_PUBLIC_INPUTS);

/// One public input in the chain encoding.
pub type PublicInput = [u8; SCALAR_LEN];

/// The length of a verifying key for `public_inputs` inputs (`public_inputs + 1` input points).
/// Meant for the bounded values up to [`MAX_PUBLIC_INPUTS`]; it saturates instead of
/// overflowing for larger ones, which no key can have anyway.
pub const fn verifying_key_len(public_inputs: u32) -> usize {
	let points = (public_inputs as usize).saturating_add(1);
	VERIFYING_KEY_FIXED_LEN.saturating_add(points.saturating_mul(G1_LEN))
}

/// Which implementation of the BLS12-381 arithmetic verifies.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Backend {
	/// Substrate's elliptic-curve host functions: the node computes natively. What a pallet
	/// uses.
	Host,
	/// Arkworks compiled into the runtime: everything runs in Wasm. For comparison.
	Pure,
}

/// Why a key, a proof or inputs were refused. A proof that was well formed but does not verify
/// is [`Error::ProofRejected`]; every other variant means the bytes never got that far.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Error {
	/// The verifying key is not a valid encoding: wrong length, a bad point (not on the curve,
	/// not in the subgroup, bad flags or a coordinate `>= p`), no input points, or a degenerate
	/// key (`alpha`, `beta`, `gamma` or `delta` the identity).
	MalformedVerifyingKey,
	/// The proof is not a valid encoding: wrong length or a bad point.
	MalformedProof,
	/// A public input is not a canonical scalar (its value is `>= r`).
	MalformedInput,
	/// The number of public inputs differs from the number the verifying key declares.
	InputCountMismatch,
	/// More than [`MAX_PUBLIC_INPUTS`] public inputs, given or declared by the key.
	TooManyInputs,
	/// Everything decoded, and the pairing check failed: the proof is not valid for this key
	/// and these inputs.
	ProofRejected,
}

/// Decodes and validates a verifying key as [`verify`] would and returns how many public inputs
/// it expects. A pallet calls it when a key is registered, then stores the bytes (at most
/// [`MAX_VERIFYING_KEY_LEN`]) with that count.
pub fn validate_verifying_key(backend: Backend, verifying_key: &[u8]) -> Result<u32, Error> {
	match backend {
		Backend::Host => {
			VerifyingKey::<HostBls12_381>::decode(verifying_key).map(|k| k.public_inputs())
		},
		Backend::Pure => {
			VerifyingKey::<PureBls12_381>::decode(verifying_key).map(|k| k.public_inputs())
		},
	}
}

/// Verifies `proof` against `verifying_key` and `inputs`, all in the chain encoding, on
/// `backend`. `Ok(())` means the proof is valid.
///
/// The key is decoded and validated again on every call: a pallet stores raw bytes, and
/// trusting them here would make this function's safety depend on how its caller stored them.
pub fn verify(
	backend: Backend,
	verifying_key: &[u8],
	proof: &[u8],
	inputs: &[PublicInput],
) -> Result<(), Error> {
	match backend {
		Backend::Host => verify_encoded::<HostBls12_381>(verifying_key, proof, inputs),
		Backend::Pure => verify_encoded::<PureBls12_381>(verifying_key, proof, inputs),
	}
}

/// [`verify`] on a pairing of the caller's choice.
///
/// The checks are ordered cheapest first, so that garbage costs little: the input count bound
/// and the scalars (no curve arithmetic), then the key and the proof (curve and subgroup
/// checks), and only then the multi-scalar multiplication and the pairings.
pub fn verify_encoded<E: ark_ec::pairing::Pairing>(
	verifying_key: &[u8],
	proof: &[u8],
	inputs: &[PublicInput],
) -> Result<(), Error> {
	if inputs.len() > MAX_PUBLIC_INPUTS as usize {
		return Err(Error::TooManyInputs);
	}
	let inputs = decode_public_inputs::<E::ScalarField>(inputs)?;
	let key = VerifyingKey::<E>::decode(verifying_key)?;
	if key.public_inputs() as usize != inputs.len() {
		return Err(Error::InputCountMismatch);
	}
	let proof = Proof::<E>::decode(proof)?;
	verify_with(&key, &proof, &inputs)
}
