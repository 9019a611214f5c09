//! The commitment a witness submits before revealing its vote.
//!
//! ```text
//! commitment = blake2_256(
//!     COMMITMENT_PREFIX ++ domain ++ request ++ witness ++ verdict ++ score ++ salt
//! )
//! ```
//!
//! where `++` concatenates SCALE encodings:
//!
//! | field | type | bytes |
//! |---|---|---|
//! | prefix | `[u8; 16]` | the 16 ASCII bytes `arete:commit:v1:`, no length prefix |
//! | domain | `[u8; 8]` | the 8 raw bytes of the client domain, e.g. `perform\0` |
//! | request | `u64` | 8 bytes, little-endian |
//! | witness | `AccountId` | the account's SCALE encoding: 32 raw bytes for an `AccountId32` |
//! | verdict | [`Verdict`] | 1 byte: `0x00` Rejected, `0x01` Approved |
//! | score | `Option<u32>` | `0x00` for none, or `0x01` then 4 bytes little-endian |
//! | salt | `[u8; 32]` | 32 raw bytes, no length prefix |
//!
//! Binding the witness's account means another witness cannot submit a copy of the
//! commitment and replay its reveal; binding the domain and the request means a commitment
//! (and a reveal) cannot be carried to another request, and equal votes on two requests never
//! show as equal commitments. The salt must still be fresh per request and round: a revealed
//! salt lets anyone test the few possible votes of any other commitment made with it.

use crate::{DomainId, RequestId, Salt, Verdict};
use alloc::vec::Vec;
use codec::Encode;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// Domain-separation prefix of commitments: no other hash of the chain starts with it, and
/// `v1` leaves room for a later scheme.
pub const COMMITMENT_PREFIX: [u8; 16] = *b"arete:commit:v1:";

/// The preimage of [`commitment_hash`]: the SCALE encoding of the tuple
/// `(COMMITMENT_PREFIX, domain, request, witness, verdict, score, salt)`, laid out as in the
/// module documentation (102 bytes for an `AccountId32` witness and a score).
pub fn commitment_preimage<AccountId: Encode>(
	domain: DomainId,
	request: RequestId,
	witness: &AccountId,
	verdict: Verdict,
	score: Option<u32>,
	salt: &Salt,
) -> Vec<u8> {
	(COMMITMENT_PREFIX, domain, request, witness, verdict, score, salt).encode()
}

/// The commitment of `witness` to `verdict` and `score` on request `request` of `domain`, with
/// `salt`: the BLAKE2b-256 hash of [`commitment_preimage`].
pub fn commitment_hash<AccountId: Encode>(
	domain: DomainId,
	request: RequestId,
	witness: &AccountId,
	verdict: Verdict,
	score: Option<u32>,
	salt: &Salt,
) -> H256 {
	<BlakeTwo256 as Hash>::hash(&commitment_preimage(
		domain, request, witness, verdict, score, salt,
	))
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::AccountId32;

	/// `0x00, 0x01, ..., 0x1f`.
	fn counting_salt() -> Salt {
		let mut salt = [0u8; 32];
		for (i, byte) in salt.iter_mut().enumerate() {
			*byte = i as u8;
		}
		salt
	}

	fn hex(bytes: &[u8]) -> String {
		bytes.iter().map(|b| format!("{b:02x}")).collect()
	}

	/// `//Alice`'s sr25519 public key, the account of the README's example.
	fn alice() -> AccountId32 {
		let mut raw = [0u8; 32];
		let text = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
		for (i, byte) in raw.iter_mut().enumerate() {
			*byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap();
		}
		AccountId32::new(raw)
	}

	/// The README's worked example. The expected bytes and hash were computed independently of
	/// this crate (Python's `hashlib.blake2b(preimage, digest_size=32)` over the preimage
	/// assembled by hand from the table in the module documentation).
	#[test]
	fn readme_example_is_pinned() {
		let preimage = commitment_preimage(
			*b"perform\0",
			42,
			&alice(),
			Verdict::Approved,
			Some(9_500),
			&counting_salt(),
		);
		assert_eq!(preimage.len(), 102);
		assert_eq!(
			hex(&preimage),
			concat!(
				"61726574653a636f6d6d69743a76313a", // "arete:commit:v1:"
				"706572666f726d00",                 // domain "perform\0"
				"2a00000000000000",                 // request 42
				"d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", // Alice
				"01",                               // Approved
				"011c250000",                       // Some(9_500)
				"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", // salt
			)
		);
		assert_eq!(
			hex(commitment_hash(
				*b"perform\0",
				42,
				&alice(),
				Verdict::Approved,
				Some(9_500),
				&counting_salt()
			)
			.as_bytes()),
			"89b494327d423f126cd7afa12a16d16537333da60d0216d7b87a7c08b0971951"
		);
		// The same vote, rejected.
		assert_eq!(
			hex(commitment_hash(
				*b"perform\0",
				42,
				&alice(),
				Verdict::Rejected,
				Some(9_500),
				&counting_salt()
			)
			.as_bytes()),
			"cd710b1d056df1244528eeee38aeee4a095f1bfeeae4fa302d95c486b15f4a2f"
		);
	}

	/// A `u64` account (as in the pallets' mocks) and an unscored rejection.
	#[test]
	fn mock_account_vector_is_pinned() {
		let salt = [0xab; 32];
		let preimage =
			commitment_preimage(*b"claims\0\0", 0, &7u64, Verdict::Rejected, None, &salt);
		assert_eq!(preimage.len(), 16 + 8 + 8 + 8 + 1 + 1 + 32);
		assert_eq!(
			hex(&preimage),
			concat!(
				"61726574653a636f6d6d69743a76313a",
				"636c61696d730000",
				"0000000000000000",
				"0700000000000000",
				"00",
				"00",
				"abababababababababababababababababababababababababababababababab",
			)
		);
		assert_eq!(
			hex(commitment_hash(*b"claims\0\0", 0, &7u64, Verdict::Rejected, None, &salt)
				.as_bytes()),
			"b4d8c66397e85710d32fb646381c22e4e09d16457c3bb5abd08cf33999a2ca68"
		);
	}

	/// Changing any one input changes the commitment: it is bound to the domain, the request,
	/// the witness, the vote and the salt (attack 3: a copied or replayed commitment no longer
	/// matches its reveal).
	#[test]
	fn every_input_is_bound() {
		let salt = counting_salt();
		let base = commitment_hash(*b"perform\0", 42, &1u64, Verdict::Approved, Some(5), &salt);
		let mut other_salt = salt;
		other_salt[31] ^= 1;
		let variants = [
			commitment_hash(*b"agents\0\0", 42, &1u64, Verdict::Approved, Some(5), &salt),
			commitment_hash(*b"perform\0", 43, &1u64, Verdict::Approved, Some(5), &salt),
			commitment_hash(*b"perform\0", 42, &2u64, Verdict::Approved, Some(5), &salt),
			commitment_hash(*b"perform\0", 42, &1u64, Verdict::Rejected, Some(5), &salt),
			commitment_hash(*b"perform\0", 42, &1u64, Verdict::Approved, Some(6), &salt),
			commitment_hash(*b"perform\0", 42, &1u64, Verdict::Approved, None, &salt),
			commitment_hash(*b"perform\0", 42, &1u64, Verdict::Approved, Some(5), &other_salt),
		];
		for (i, variant) in variants.iter().enumerate() {
			assert_ne!(*variant, base, "variant {i} collides with the base commitment");
		}
	}

	#[test]
	fn verdict_bytes_are_pinned() {
		assert_eq!(Verdict::Rejected.encode(), vec![0x00]);
		assert_eq!(Verdict::Approved.encode(), vec![0x01]);
		assert_eq!(COMMITMENT_PREFIX.len(), 16);
	}
}
