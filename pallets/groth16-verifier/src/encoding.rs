//! Decoding of the chain encoding into validated curve points and scalars.
//!
//! The layouts are those of arkworks' uncompressed `CanonicalSerialize` of
//! `ark_groth16::{VerifyingKey, Proof}`: fields in declaration order, a `Vec` as its length in
//! 8 little-endian bytes then its elements. The tests check byte equality with ark-groth16.

use crate::{Error, PublicInput, G1_LEN, G2_LEN, MAX_PUBLIC_INPUTS, PROOF_LEN};
use alloc::vec::Vec;
use ark_ec::{pairing::Pairing, AffineRepr};
use ark_ff::PrimeField;
use ark_serialize::{Compress, Validate};

/// A Groth16 verifying key: `alpha` in G1, `beta`, `gamma`, `delta` in G2 and the input
/// points `IC` (`ic[0]` is the constant term, `ic[i]` belongs to public input `i`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyingKey<E: Pairing> {
	pub alpha_g1: E::G1Affine,
	pub beta_g2: E::G2Affine,
	pub gamma_g2: E::G2Affine,
	pub delta_g2: E::G2Affine,
	pub ic: Vec<E::G1Affine>,
}

/// A Groth16 proof: `A` and `C` in G1, `B` in G2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proof<E: Pairing> {
	pub a: E::G1Affine,
	pub b: E::G2Affine,
	pub c: E::G1Affine,
}

impl<E: Pairing> VerifyingKey<E> {
	/// Decodes and validates a key: every point on the curve and in the subgroup, between 1
	/// and `MAX_PUBLIC_INPUTS + 1` input points, no byte left over.
	///
	/// A key whose `alpha`, `beta`, `gamma` or `delta` is the identity is refused although
	/// ark-groth16 would use it: with `gamma` the identity the public inputs drop out of the
	/// pairing check (any proof then verifies for any inputs), with `delta` the identity `C`
	/// does; no honest setup produces one (they are random multiples of the generators).
	pub fn decode(bytes: &[u8]) -> Result<Self, Error> {
		const BAD: Error = Error::MalformedVerifyingKey;
		let mut reader = Reader(bytes);
		let alpha_g1 = reader.point::<E::G1Affine>(G1_LEN).ok_or(BAD)?;
		let beta_g2 = reader.point::<E::G2Affine>(G2_LEN).ok_or(BAD)?;
		let gamma_g2 = reader.point::<E::G2Affine>(G2_LEN).ok_or(BAD)?;
		let delta_g2 = reader.point::<E::G2Affine>(G2_LEN).ok_or(BAD)?;
		if alpha_g1.is_zero() || beta_g2.is_zero() || gamma_g2.is_zero() || delta_g2.is_zero() {
			return Err(BAD);
		}
		let count = reader.take(8).and_then(|b| <[u8; 8]>::try_from(b).ok()).ok_or(BAD)?;
		let count = u64::from_le_bytes(count);
		// Bound the declared count before anything is allocated for it: it comes from the
		// caller. `IC` holds the constant term and one point per input, so at least one point.
		let inputs = count.checked_sub(1).ok_or(BAD)?;
		if inputs > u64::from(MAX_PUBLIC_INPUTS) {
			return Err(Error::TooManyInputs);
		}
		// `inputs <= MAX_PUBLIC_INPUTS`, so `count` fits a usize and the product cannot overflow;
		// checked anyway so that no arithmetic here can panic.
		let count = usize::try_from(count).map_err(|_| BAD)?;
		if Some(reader.0.len()) != count.checked_mul(G1_LEN) {
			return Err(BAD);
		}
		let mut ic = Vec::with_capacity(count);
		for _ in 0..count {
			ic.push(reader.point::<E::G1Affine>(G1_LEN).ok_or(BAD)?);
		}
		reader.finish().ok_or(BAD)?;
		Ok(Self { alpha_g1, beta_g2, gamma_g2, delta_g2, ic })
	}

	/// How many public inputs a proof for this key comes with.
	pub fn public_inputs(&self) -> u32 {
		// `decode` bounds `ic` to `MAX_PUBLIC_INPUTS + 1` points; only a key built by hand could
		// exceed a u32, and saturating keeps it above any real input count.
		u32::try_from(self.ic.len().saturating_sub(1)).unwrap_or(u32::MAX)
	}
}

impl<E: Pairing> Proof<E> {
	/// Decodes and validates a proof: exactly `PROOF_LEN` bytes, every point on the curve and
	/// in the subgroup. Identity points are accepted, as Groth16 (and ark-groth16) allows them:
	/// a proof that uses one still has to satisfy the pairing equation.
	pub fn decode(bytes: &[u8]) -> Result<Self, Error> {
		const BAD: Error = Error::MalformedProof;
		if bytes.len() != PROOF_LEN {
			return Err(BAD);
		}
		let mut reader = Reader(bytes);
		let a = reader.point::<E::G1Affine>(G1_LEN).ok_or(BAD)?;
		let b = reader.point::<E::G2Affine>(G2_LEN).ok_or(BAD)?;
		let c = reader.point::<E::G1Affine>(G1_LEN).ok_or(BAD)?;
		reader.finish().ok_or(BAD)?;
		Ok(Self { a, b, c })
	}
}

/// Decodes public inputs: each 32 little-endian bytes of a value below the field's modulus.
///
/// arkworks' field deserialization is already canonical whatever `Validate` says: it reads the
/// integer and refuses it when it is `>= r` instead of reducing it (which would let two byte
/// strings name the same input). Reading must consume the 32 bytes exactly, so a field of
/// another size cannot slip through.
pub fn decode_public_inputs<F: PrimeField>(inputs: &[PublicInput]) -> Result<Vec<F>, Error> {
	inputs
		.iter()
		.map(|bytes| {
			let mut reader = &bytes[..];
			let value = F::deserialize_with_mode(&mut reader, Compress::No, Validate::Yes).ok();
			value.filter(|_| reader.is_empty()).ok_or(Error::MalformedInput)
		})
		.collect()
}

/// The longest point encoding (an uncompressed G2 point).
const MAX_POINT_LEN: usize = if G1_LEN > G2_LEN { G1_LEN } else { G2_LEN };

/// A cursor over the bytes being decoded; every read is bounds-checked.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
	fn take(&mut self, len: usize) -> Option<&'a [u8]> {
		let (head, rest) = self.0.split_at_checked(len)?;
		self.0 = rest;
		Some(head)
	}

	/// Reads one uncompressed point of `len` bytes and validates it.
	///
	/// `Validate::No`, then an explicit `check()`: in ark-bls12-381 0.6 the uncompressed
	/// readers build the point with `new_unchecked` and, under `Validate::Yes`, test only
	/// subgroup membership, *assuming* the point is on the curve. An off-curve point can pass
	/// that endomorphism test when it lies in a small subgroup of another curve
	/// `y^2 = x^3 + b'` (an invalid-curve attack), so the on-curve test is not optional.
	/// `check()` on a short-Weierstrass affine point tests both, for either backend's types.
	///
	/// Then the point is written back and must give the same bytes. The readers accept more
	/// than one encoding of some points: both read `(0, 0)` without the infinity flag as the
	/// identity (arkworks 0.6 represents the identity as `(0, 0)`), and the host backend's
	/// reader (ark-bls12-381-ext 0.6, an older copy of the zcash-format code) also ignores the
	/// sort flag on an uncompressed point and any bytes after an infinity flag. Requiring the
	/// one canonical encoding makes both backends accept exactly the same byte strings and
	/// leaves one encoding per key and proof, so a hash of the bytes identifies what they say.
	fn point<P: AffineRepr>(&mut self, len: usize) -> Option<P> {
		let encoded = self.take(len)?;
		let mut bytes = encoded;
		let point = P::deserialize_with_mode(&mut bytes, Compress::No, Validate::No).ok()?;
		// The point's encoding must be exactly `len` bytes (G1 or G2 as the caller expects).
		if !bytes.is_empty() {
			return None;
		}
		point.check().ok()?;
		let mut buffer = [0u8; MAX_POINT_LEN];
		let canonical = buffer.get_mut(..len)?;
		let filled = {
			let mut writer = &mut canonical[..];
			point.serialize_with_mode(&mut writer, Compress::No).ok()?;
			writer.is_empty()
		};
		if !filled || *canonical != *encoded {
			return None;
		}
		Some(point)
	}

	fn finish(self) -> Option<()> {
		self.0.is_empty().then_some(())
	}
}
