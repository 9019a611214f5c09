mod fixture_files;

use crate::{
	fixtures::{bench_fixture, bench_fixtures, BENCH_FIXTURES},
	validate_verifying_key, verify, verifying_key_len, Backend, Error, HostBls12_381, Proof,
	PublicInput, PureBls12_381, VerifyingKey, G1_LEN, G2_LEN, MAX_PUBLIC_INPUTS,
	MAX_VERIFYING_KEY_LEN, PROOF_LEN, SCALAR_LEN, VERIFYING_KEY_FIXED_LEN,
};
use ark_bls12_381::{Fq, Fq2, Fr, G1Affine, G2Affine};
use ark_ec::{AffineRepr, CurveGroup};
use ark_ff::{BigInteger, Field, PrimeField};
use ark_serialize::{CanonicalDeserialize, CanonicalSerialize, Compress};
use ark_std::{
	rand::{rngs::StdRng, RngCore, SeedableRng},
	UniformRand,
};
use crate::prover::{inputs_to_bytes, modulus_bytes, to_bytes, Instance};
use codec::{Decode, Encode};
use fixture_files::{check_or_write, fixtures_dir, seed};

const BOTH: [Backend; 2] = [Backend::Host, Backend::Pure];

fn two_inputs() -> Instance {
	Instance::new(2, seed(2))
}

/// Both backends give `expected`.
fn assert_verify(vk: &[u8], proof: &[u8], inputs: &[PublicInput], expected: Result<(), Error>) {
	for backend in BOTH {
		assert_eq!(verify(backend, vk, proof, inputs), expected, "{backend:?}");
	}
}

fn hex_to_bytes(hex: &str) -> Vec<u8> {
	let hex = hex.trim_start_matches("0x");
	(0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect()
}

// --- the encoding ------------------------------------------------------------------------------

#[test]
fn arkworks_bls12_381_points_are_zcash_big_endian_with_flags() {
	let g1 = G1Affine::generator();
	let g2 = G2Affine::generator();
	assert_eq!(g1.serialized_size(Compress::No), G1_LEN);
	assert_eq!(g2.serialized_size(Compress::No), G2_LEN);
	assert_eq!(Fr::ONE.serialized_size(Compress::No), SCALAR_LEN);

	// G1: x then y, 48 big-endian bytes each. The generator's x is the well-known
	// 0x17f1d3a7...; the flag bits (top three of byte 0) are clear for an uncompressed finite
	// point.
	let bytes = to_bytes(&g1);
	let x = "17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb";
	let y = "08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1";
	assert_eq!(bytes[..48], hex_to_bytes(x)[..]);
	assert_eq!(bytes[48..], hex_to_bytes(y)[..]);
	assert_eq!(bytes[..48], g1.x.into_bigint().to_bytes_be()[..]);

	// G2: x.c1, x.c0, y.c1, y.c0 (the imaginary part first), 48 big-endian bytes each.
	let bytes = to_bytes(&g2);
	let parts = [g2.x.c1, g2.x.c0, g2.y.c1, g2.y.c0];
	for (i, part) in parts.iter().enumerate() {
		assert_eq!(bytes[48 * i..48 * (i + 1)], part.into_bigint().to_bytes_be()[..], "part {i}");
	}
	assert_eq!(
		bytes[..48],
		hex_to_bytes("13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")[..]
	);

	// The identity: infinity flag (0x40) and zeros. Compressed points set 0x80 (we never
	// accept those).
	let mut identity = vec![0u8; G1_LEN];
	identity[0] = 0x40;
	assert_eq!(to_bytes(&G1Affine::identity()), identity);
	let mut identity = vec![0u8; G2_LEN];
	identity[0] = 0x40;
	assert_eq!(to_bytes(&G2Affine::identity()), identity);
	let mut compressed = Vec::new();
	g1.serialize_compressed(&mut compressed).unwrap();
	assert_eq!(compressed[0] & 0xe0, 0x80 | (compressed[0] & 0x20));

	// Scalars: 32 little-endian bytes.
	assert_eq!(to_bytes(&Fr::from(0x0102u64))[..3], [0x02, 0x01, 0x00]);
}

#[test]
fn key_and_proof_layout_is_ark_groth16_uncompressed() {
	for n in [0, 1, 2, 16] {
		let instance = Instance::new(n, seed(n) ^ 0xff);
		let vk = instance.vk_bytes();
		assert_eq!(vk.len(), verifying_key_len(n as u32));
		assert_eq!(
			vk[VERIFYING_KEY_FIXED_LEN - 8..VERIFYING_KEY_FIXED_LEN],
			(n as u64 + 1).to_le_bytes()
		);
		assert_eq!(instance.proof_bytes().len(), PROOF_LEN);

		// Decoding reads the fields ark-groth16 wrote, in its order.
		let key = VerifyingKey::<PureBls12_381>::decode(&vk).unwrap();
		assert_eq!(key.alpha_g1, instance.vk.alpha_g1);
		assert_eq!(key.beta_g2, instance.vk.beta_g2);
		assert_eq!(key.gamma_g2, instance.vk.gamma_g2);
		assert_eq!(key.delta_g2, instance.vk.delta_g2);
		assert_eq!(key.ic, instance.vk.gamma_abc_g1);
		assert_eq!(key.public_inputs(), n as u32);
		let proof = Proof::<PureBls12_381>::decode(&instance.proof_bytes()).unwrap();
		assert_eq!(
			(proof.a, proof.b, proof.c),
			(instance.proof.a, instance.proof.b, instance.proof.c)
		);
	}
	assert_eq!(MAX_VERIFYING_KEY_LEN, 96 + 3 * 192 + 8 + 17 * 96);
}

#[test]
fn host_and_pure_types_encode_identically() {
	let instance = two_inputs();
	let vk = instance.vk_bytes();
	let host = VerifyingKey::<HostBls12_381>::decode(&vk).unwrap();
	let pure = VerifyingKey::<PureBls12_381>::decode(&vk).unwrap();
	assert_eq!(to_bytes(&host.alpha_g1), to_bytes(&pure.alpha_g1));
	for (h, p) in [
		(host.beta_g2, pure.beta_g2),
		(host.gamma_g2, pure.gamma_g2),
		(host.delta_g2, pure.delta_g2),
	] {
		assert_eq!(to_bytes(&h), to_bytes(&p));
	}
	assert_eq!(host.ic.len(), pure.ic.len());
	for (h, p) in host.ic.iter().zip(&pure.ic) {
		assert_eq!(to_bytes(h), to_bytes(p));
	}
	let proof = instance.proof_bytes();
	let host = Proof::<HostBls12_381>::decode(&proof).unwrap();
	let pure = Proof::<PureBls12_381>::decode(&proof).unwrap();
	let host_bytes = [to_bytes(&host.a), to_bytes(&host.b), to_bytes(&host.c)].concat();
	let pure_bytes = [to_bytes(&pure.a), to_bytes(&pure.b), to_bytes(&pure.c)].concat();
	assert_eq!(host_bytes, proof);
	assert_eq!(pure_bytes, proof);

	// Also points neither side made: random ones and the identity, both groups, both ways.
	let mut rng = StdRng::seed_from_u64(7);
	for _ in 0..8 {
		let g1 = to_bytes(&G1Affine::rand(&mut rng));
		let h1 =
			sp_crypto_ec_utils::bls12_381::G1Affine::deserialize_uncompressed(&g1[..]).unwrap();
		assert_eq!(to_bytes(&h1), g1);
		let g2 = to_bytes(&G2Affine::rand(&mut rng));
		let h2 =
			sp_crypto_ec_utils::bls12_381::G2Affine::deserialize_uncompressed(&g2[..]).unwrap();
		assert_eq!(to_bytes(&h2), g2);
	}
	assert_eq!(
		to_bytes(&sp_crypto_ec_utils::bls12_381::G1Affine::identity()),
		to_bytes(&G1Affine::identity())
	);
	assert_eq!(
		to_bytes(&sp_crypto_ec_utils::bls12_381::G2Affine::identity()),
		to_bytes(&G2Affine::identity())
	);
}

// --- valid proofs ------------------------------------------------------------------------------

#[test]
fn committed_fixtures_verify_on_both_backends() {
	let fixtures = bench_fixtures().expect("fixtures/bench.scale decodes");
	let counts: Vec<u32> = fixtures.iter().map(|f| f.public_inputs).collect();
	assert_eq!(counts, (1..=MAX_PUBLIC_INPUTS).collect::<Vec<_>>());
	for fixture in &fixtures {
		assert_eq!(fixture.inputs.len(), fixture.public_inputs as usize);
		assert_eq!(fixture.verifying_key.len(), verifying_key_len(fixture.public_inputs));
		for backend in BOTH {
			assert_eq!(
				validate_verifying_key(backend, &fixture.verifying_key),
				Ok(fixture.public_inputs)
			);
		}
		assert_verify(&fixture.verifying_key, &fixture.proof, &fixture.inputs, Ok(()));
	}
	assert_eq!(bench_fixture(16).unwrap().public_inputs, 16);
	assert_eq!(bench_fixture(0), None);
	assert_eq!(bench_fixture(17), None);
}

#[test]
fn a_key_without_public_inputs_works() {
	let instance = Instance::new(0, 99);
	assert_eq!(validate_verifying_key(Backend::Host, &instance.vk_bytes()), Ok(0));
	assert_verify(&instance.vk_bytes(), &instance.proof_bytes(), &[], Ok(()));
	let other = Instance::new(0, 100);
	assert_verify(&instance.vk_bytes(), &other.proof_bytes(), &[], Err(Error::ProofRejected));
}

#[test]
fn many_proofs_of_one_key_verify() {
	let instance = Instance::new(3, 5);
	for s in 0..4 {
		let (proof, inputs) = instance.prove_other(1000 + s);
		assert_verify(&instance.vk_bytes(), &to_bytes(&proof), &inputs_to_bytes(&inputs), Ok(()));
	}
}

// --- invalid proofs ----------------------------------------------------------------------------

#[test]
fn a_wrong_public_input_is_rejected() {
	let instance = two_inputs();
	for i in 0..2 {
		let mut inputs = instance.inputs.clone();
		inputs[i] += Fr::ONE;
		assert_verify(
			&instance.vk_bytes(),
			&instance.proof_bytes(),
			&inputs_to_bytes(&inputs),
			Err(Error::ProofRejected),
		);
	}
	// Swapped inputs: the same values, the wrong positions.
	let swapped: Vec<Fr> = instance.inputs.iter().rev().copied().collect();
	assert_verify(
		&instance.vk_bytes(),
		&instance.proof_bytes(),
		&inputs_to_bytes(&swapped),
		Err(Error::ProofRejected),
	);
	// Another valid statement's inputs with this proof.
	let (_, other_inputs) = instance.prove_other(3);
	assert_verify(
		&instance.vk_bytes(),
		&instance.proof_bytes(),
		&inputs_to_bytes(&other_inputs),
		Err(Error::ProofRejected),
	);
}

#[test]
fn a_proof_for_another_key_is_rejected() {
	let instance = two_inputs();
	// Same circuit, another setup: the proof and its (true) inputs are valid, for the other key.
	let other = Instance::new(2, seed(2) ^ 0xabc);
	assert_verify(&other.vk_bytes(), &other.proof_bytes(), &other.input_bytes(), Ok(()));
	assert_verify(
		&instance.vk_bytes(),
		&other.proof_bytes(),
		&other.input_bytes(),
		Err(Error::ProofRejected),
	);
	assert_verify(
		&other.vk_bytes(),
		&instance.proof_bytes(),
		&instance.input_bytes(),
		Err(Error::ProofRejected),
	);
}

#[test]
fn a_well_formed_but_altered_proof_is_rejected() {
	let instance = two_inputs();
	let proof = &instance.proof;
	let g1 = G1Affine::generator();
	let g2 = G2Affine::generator();
	let altered = [
		ark_groth16::Proof { a: (proof.a + g1).into_affine(), ..proof.clone() },
		ark_groth16::Proof { b: (proof.b + g2).into_affine(), ..proof.clone() },
		ark_groth16::Proof { c: (proof.c + g1).into_affine(), ..proof.clone() },
		ark_groth16::Proof { a: proof.c, c: proof.a, ..proof.clone() },
		ark_groth16::Proof { a: (-proof.a.into_group()).into_affine(), ..proof.clone() },
		// The identity is a valid encoding (decoding accepts it), and no valid proof.
		ark_groth16::Proof { a: G1Affine::identity(), ..proof.clone() },
		ark_groth16::Proof { b: G2Affine::identity(), ..proof.clone() },
		ark_groth16::Proof { c: G1Affine::identity(), ..proof.clone() },
	];
	for (i, bad) in altered.iter().enumerate() {
		assert!(Proof::<PureBls12_381>::decode(&to_bytes(bad)).is_ok(), "case {i} decodes");
		assert_verify(
			&instance.vk_bytes(),
			&to_bytes(bad),
			&instance.input_bytes(),
			Err(Error::ProofRejected),
		);
		assert!(!Instance::ark_verify(&instance.vk, bad, &instance.inputs), "case {i}");
	}
}

#[test]
fn every_flipped_bit_of_a_proof_is_caught() {
	let instance = two_inputs();
	let vk = instance.vk_bytes();
	let inputs = instance.input_bytes();
	let proof = instance.proof_bytes();
	for byte in 0..PROOF_LEN {
		// The lowest bit everywhere; in each point's first byte also the three flag bits.
		let point_start = [0, G1_LEN, G1_LEN + G2_LEN].contains(&byte);
		let bits: &[u8] = if point_start { &[0x01, 0x20, 0x40, 0x80] } else { &[0x01] };
		for bit in bits {
			let mut bad = proof.clone();
			bad[byte] ^= bit;
			// A changed coordinate takes the point off the curve (or past p); a flag makes the
			// encoding invalid. Either way it is malformed, never accepted.
			let backends: &[Backend] = if byte % 16 == 0 { &BOTH } else { &[Backend::Pure] };
			for backend in backends {
				assert_eq!(
					verify(*backend, &vk, &bad, &inputs),
					Err(Error::MalformedProof),
					"byte {byte} bit {bit:#x} on {backend:?}"
				);
			}
		}
	}
}

// --- malformed points --------------------------------------------------------------------------

/// A point on the G1 curve that is not in the prime-order subgroup.
fn g1_outside_subgroup() -> G1Affine {
	(1u64..)
		.find_map(|x| G1Affine::get_point_from_x_unchecked(Fq::from(x), false))
		.filter(|p| p.is_on_curve() && !p.is_in_correct_subgroup_assuming_on_curve())
		.expect("the cofactor is large: the first point found is outside the subgroup")
}

/// A point on the G2 curve that is not in the prime-order subgroup.
fn g2_outside_subgroup() -> G2Affine {
	(1u64..)
		.find_map(|x| G2Affine::get_point_from_x_unchecked(Fq2::new(Fq::from(x), Fq::ONE), false))
		.filter(|p| p.is_on_curve() && !p.is_in_correct_subgroup_assuming_on_curve())
		.expect("the first point found is outside the subgroup")
}

/// The uncompressed encoding of (x, y + 1): well-formed bytes, coordinates below p, off the
/// curve.
fn off_curve<P: AffineRepr + CanonicalSerialize>(point: &P) -> Vec<u8> {
	let mut bytes = to_bytes(point);
	let last = bytes.len() - 1;
	bytes[last] ^= 1;
	bytes
}

#[test]
fn points_off_the_curve_or_outside_the_subgroup_are_malformed() {
	let instance = two_inputs();
	let vk = instance.vk_bytes();
	let proof = instance.proof_bytes();
	let inputs = instance.input_bytes();

	let g1_bad = [to_bytes(&g1_outside_subgroup()), off_curve(&instance.proof.a)];
	let g2_bad = [to_bytes(&g2_outside_subgroup()), off_curve(&instance.proof.b)];

	// In the proof: A, B, C.
	for bad in &g1_bad {
		for at in [0, G1_LEN + G2_LEN] {
			let mut p = proof.clone();
			p[at..at + G1_LEN].copy_from_slice(bad);
			assert_verify(&vk, &p, &inputs, Err(Error::MalformedProof));
		}
	}
	for bad in &g2_bad {
		let mut p = proof.clone();
		p[G1_LEN..G1_LEN + G2_LEN].copy_from_slice(bad);
		assert_verify(&vk, &p, &inputs, Err(Error::MalformedProof));
	}

	// In the key: alpha, beta, gamma, delta and every IC point.
	let ic_at = |i: usize| VERIFYING_KEY_FIXED_LEN + i * G1_LEN;
	for bad in &g1_bad {
		for at in [0, ic_at(0), ic_at(1), ic_at(2)] {
			let mut k = vk.clone();
			k[at..at + G1_LEN].copy_from_slice(bad);
			assert_verify(&k, &proof, &inputs, Err(Error::MalformedVerifyingKey));
			for backend in BOTH {
				assert_eq!(validate_verifying_key(backend, &k), Err(Error::MalformedVerifyingKey));
			}
		}
	}
	for bad in &g2_bad {
		for at in [G1_LEN, G1_LEN + G2_LEN, G1_LEN + 2 * G2_LEN] {
			let mut k = vk.clone();
			k[at..at + G2_LEN].copy_from_slice(bad);
			assert_verify(&k, &proof, &inputs, Err(Error::MalformedVerifyingKey));
		}
	}
}

#[test]
fn only_the_canonical_encoding_of_a_point_is_accepted() {
	let instance = two_inputs();
	let vk = instance.vk_bytes();
	let proof = instance.proof_bytes();
	let inputs = instance.input_bytes();

	// Why the crate re-encodes every point: arkworks' own readers accept other encodings.
	// (0, 0) without the infinity flag reads as the identity on both backends...
	let zeros = [0u8; G2_LEN];
	assert!(G1Affine::deserialize_uncompressed(&zeros[..G1_LEN]).unwrap().is_zero());
	assert!(sp_crypto_ec_utils::bls12_381::G2Affine::deserialize_uncompressed(&zeros[..])
		.unwrap()
		.is_zero());
	// ...and the host types' reader ignores the sort flag on uncompressed points and whatever
	// follows an infinity flag.
	let mut sorted = to_bytes(&instance.proof.a);
	sorted[0] |= 0x20;
	let read =
		sp_crypto_ec_utils::bls12_381::G1Affine::deserialize_uncompressed(&sorted[..]).unwrap();
	assert_eq!(to_bytes(&read), to_bytes(&instance.proof.a));
	let mut junk_identity = to_bytes(&instance.proof.a);
	junk_identity[0] |= 0x40;
	let read =
		sp_crypto_ec_utils::bls12_381::G1Affine::deserialize_uncompressed(&junk_identity[..])
			.unwrap();
	assert!(read.is_zero());

	// The chain refuses all of them, on both backends, in the proof and in the key.
	let mut g2_junk_identity = to_bytes(&instance.proof.b);
	g2_junk_identity[0] |= 0x40;
	let mut g2_sorted = to_bytes(&instance.proof.b);
	g2_sorted[0] |= 0x20;
	for (at, bad) in [
		(0, zeros[..G1_LEN].to_vec()),
		(0, sorted.clone()),
		(0, junk_identity.clone()),
		(G1_LEN, zeros.to_vec()),
		(G1_LEN, g2_sorted.clone()),
		(G1_LEN, g2_junk_identity.clone()),
		(G1_LEN + G2_LEN, zeros[..G1_LEN].to_vec()),
	] {
		let mut p = proof.clone();
		p[at..at + bad.len()].copy_from_slice(&bad);
		assert_verify(&vk, &p, &inputs, Err(Error::MalformedProof));
	}
	let ic_1 = VERIFYING_KEY_FIXED_LEN + G1_LEN;
	for (at, bad) in [
		(ic_1, zeros[..G1_LEN].to_vec()),
		(ic_1, sorted),
		(ic_1, junk_identity),
		(G1_LEN, g2_sorted),
		(G1_LEN, g2_junk_identity),
	] {
		let mut k = vk.clone();
		k[at..at + bad.len()].copy_from_slice(&bad);
		for backend in BOTH {
			assert_eq!(validate_verifying_key(backend, &k), Err(Error::MalformedVerifyingKey));
		}
	}
	// The canonical identity is accepted where the identity is allowed (an IC point).
	let mut k = vk.clone();
	k[ic_1..ic_1 + G1_LEN].copy_from_slice(&to_bytes(&G1Affine::identity()));
	for backend in BOTH {
		assert_eq!(validate_verifying_key(backend, &k), Ok(2));
	}
}

#[test]
fn coordinates_at_or_above_p_are_malformed() {
	let instance = two_inputs();
	let p_bytes = Fq::MODULUS.to_bytes_be();
	let mut proof = instance.proof_bytes();
	// A.x = p: the same point as x = 0 if it were reduced, which it must not be.
	proof[..48].copy_from_slice(&p_bytes);
	assert_verify(
		&instance.vk_bytes(),
		&proof,
		&instance.input_bytes(),
		Err(Error::MalformedProof),
	);
}

#[test]
fn a_degenerate_key_is_refused_although_ark_groth16_would_accept_forgeries_with_it() {
	let instance = two_inputs();
	// gamma = identity: the inputs drop out of the pairing check, and (alpha, beta, identity)
	// "proves" any statement.
	let mut degenerate = instance.vk.clone();
	degenerate.gamma_g2 = G2Affine::identity();
	let forged = ark_groth16::Proof {
		a: degenerate.alpha_g1,
		b: degenerate.beta_g2,
		c: G1Affine::identity(),
	};
	let any_inputs = [Fr::from(1u64), Fr::from(2u64)];
	assert!(Instance::ark_verify(&degenerate, &forged, &any_inputs));
	assert_verify(
		&to_bytes(&degenerate),
		&to_bytes(&forged),
		&inputs_to_bytes(&any_inputs),
		Err(Error::MalformedVerifyingKey),
	);

	for field in 0..4 {
		let mut vk = instance.vk.clone();
		match field {
			0 => vk.alpha_g1 = G1Affine::identity(),
			1 => vk.beta_g2 = G2Affine::identity(),
			2 => vk.gamma_g2 = G2Affine::identity(),
			_ => vk.delta_g2 = G2Affine::identity(),
		}
		for backend in BOTH {
			assert_eq!(
				validate_verifying_key(backend, &to_bytes(&vk)),
				Err(Error::MalformedVerifyingKey)
			);
		}
	}
	// An IC point may be the identity (nothing in Groth16 forbids it).
	let mut vk = instance.vk.clone();
	vk.gamma_abc_g1[1] = G1Affine::identity();
	assert_eq!(validate_verifying_key(Backend::Pure, &to_bytes(&vk)), Ok(2));
}

// --- public inputs -----------------------------------------------------------------------------

#[test]
fn non_canonical_scalars_are_malformed_inputs() {
	let instance = two_inputs();
	let vk = instance.vk_bytes();
	let proof = instance.proof_bytes();
	let r = modulus_bytes();
	let r_minus_1 = inputs_to_bytes(&[-Fr::ONE])[0];
	let mut r_plus_input = Fr::MODULUS;
	r_plus_input.add_with_carry(&instance.inputs[1].into_bigint());
	let r_plus_input: PublicInput = r_plus_input.to_bytes_le().try_into().unwrap();
	// x + r names the same field element as x if reduced: it must not pass as x.
	assert_eq!(Fr::from_le_bytes_mod_order(&r_plus_input), instance.inputs[1]);

	for bad in [r, [0xff; 32], r_plus_input] {
		let inputs = [instance.input_bytes()[0], bad];
		assert_verify(&vk, &proof, &inputs, Err(Error::MalformedInput));
	}
	// r - 1 is canonical: it decodes, and is the wrong input for this proof.
	let inputs = [instance.input_bytes()[0], r_minus_1];
	assert_verify(&vk, &proof, &inputs, Err(Error::ProofRejected));
	assert_eq!(crate::decode_public_inputs::<Fr>(&[r_minus_1]), Ok(vec![-Fr::ONE]));
	assert_eq!(crate::decode_public_inputs::<Fr>(&[r]), Err(Error::MalformedInput));
}

#[test]
fn input_counts_must_match_and_are_bounded() {
	let instance = two_inputs();
	let vk = instance.vk_bytes();
	let proof = instance.proof_bytes();
	let inputs = instance.input_bytes();
	assert_verify(&vk, &proof, &inputs[..1], Err(Error::InputCountMismatch));
	assert_verify(&vk, &proof, &[], Err(Error::InputCountMismatch));
	assert_verify(&vk, &proof, &[inputs[0], inputs[1], inputs[1]], Err(Error::InputCountMismatch));
	let many = vec![inputs[0]; MAX_PUBLIC_INPUTS as usize + 1];
	assert_verify(&vk, &proof, &many, Err(Error::TooManyInputs));

	// A key declaring 17 inputs (well-formed otherwise) is refused for its count.
	let big = Instance::new(MAX_PUBLIC_INPUTS as usize + 1, 17);
	for backend in BOTH {
		assert_eq!(validate_verifying_key(backend, &big.vk_bytes()), Err(Error::TooManyInputs));
	}
	assert_verify(
		&big.vk_bytes(),
		&big.proof_bytes(),
		&big.input_bytes()[..16],
		Err(Error::TooManyInputs),
	);
}

// --- garbage -----------------------------------------------------------------------------------

#[test]
fn garbage_and_truncated_bytes_are_malformed() {
	let instance = two_inputs();
	let vk = instance.vk_bytes();
	let proof = instance.proof_bytes();
	let inputs = instance.input_bytes();

	for len in (0..vk.len()).step_by(7).chain([vk.len() - 1]) {
		assert_verify(&vk[..len], &proof, &inputs, Err(Error::MalformedVerifyingKey));
	}
	assert_verify(
		&[vk.clone(), vec![0]].concat(),
		&proof,
		&inputs,
		Err(Error::MalformedVerifyingKey),
	);
	// IC count prefixes: none (0), one too many for the bytes (4), past the bound.
	let prefix = VERIFYING_KEY_FIXED_LEN - 8..VERIFYING_KEY_FIXED_LEN;
	for (count, expected) in [
		(0u64, Error::MalformedVerifyingKey),
		(2, Error::MalformedVerifyingKey),
		(4, Error::MalformedVerifyingKey),
		(18, Error::TooManyInputs),
		(u64::MAX, Error::TooManyInputs),
	] {
		let mut k = vk.clone();
		k[prefix.clone()].copy_from_slice(&count.to_le_bytes());
		for backend in BOTH {
			assert_eq!(validate_verifying_key(backend, &k), Err(expected), "count {count}");
		}
	}

	for len in [0, 1, PROOF_LEN - 1, PROOF_LEN + 1, 2 * PROOF_LEN] {
		let mut p = proof.clone();
		p.resize(len, 0);
		assert_verify(&vk, &p, &inputs, Err(Error::MalformedProof));
	}
	assert_verify(&vk, &[0u8; PROOF_LEN], &inputs, Err(Error::MalformedProof));

	// Random bytes of every plausible length: refused, never a panic.
	let mut rng = StdRng::seed_from_u64(42);
	for len in [0, 8, 96, 192, 383, 384, 385, 872, 968, 1064, MAX_VERIFYING_KEY_LEN] {
		let mut junk = vec![0u8; len];
		rng.fill_bytes(&mut junk);
		for backend in BOTH {
			assert!(validate_verifying_key(backend, &junk).is_err());
			assert!(verify(backend, &vk, &junk, &inputs).is_err());
			assert!(verify(backend, &junk, &proof, &inputs).is_err());
		}
	}
}

// --- agreement with ark-groth16 ----------------------------------------------------------------

#[test]
fn agrees_with_ark_groth16() {
	for n in [1usize, 2, 5, 16] {
		let instance = Instance::new(n, seed(n) ^ 0x5eed);
		let other = Instance::new(n, seed(n) ^ 0x07e4);
		let mut wrong = instance.inputs.clone();
		wrong[n - 1] += Fr::from(3u64);
		let (second_proof, second_inputs) = instance.prove_other(77);
		let cases = [
			(&instance.vk, &instance.proof, instance.inputs.clone()),
			(&instance.vk, &second_proof, second_inputs.clone()),
			(&instance.vk, &instance.proof, wrong),
			(&instance.vk, &second_proof, instance.inputs.clone()),
			(&instance.vk, &other.proof, other.inputs.clone()),
			(&other.vk, &other.proof, other.inputs.clone()),
		];
		for (i, (vk, proof, inputs)) in cases.into_iter().enumerate() {
			let ark = Instance::ark_verify(vk, proof, &inputs);
			for backend in BOTH {
				let ours =
					verify(backend, &to_bytes(vk), &to_bytes(proof), &inputs_to_bytes(&inputs));
				assert_eq!(ours.is_ok(), ark, "n {n} case {i} {backend:?}: {ours:?}");
				assert!(ours.is_ok() || ours == Err(Error::ProofRejected));
			}
		}
	}
}

// --- fixtures ----------------------------------------------------------------------------------

#[test]
fn bench_fixtures_match_the_committed_file() {
	let generated = fixture_files::bench_file();
	check_or_write(&fixtures_dir().join("bench.scale"), &generated);
	// The compiled-in copy is that file (unless this very run rewrote it).
	if std::env::var(fixture_files::WRITE_VAR).as_deref() != Ok("1") {
		assert_eq!(BENCH_FIXTURES, &generated[..]);
	}
	assert!(Vec::<crate::fixtures::Fixture>::decode(&mut &generated[..]).is_ok());
}

#[test]
fn snarkjs_fixtures_match_the_committed_files() {
	let dir = fixtures_dir().join("snarkjs");
	let files = fixture_files::snarkjs_files();
	for (name, content) in &files {
		check_or_write(&dir.join(name), content.as_bytes());
	}
	// chain.json is the two-input bench fixture, which verifies.
	let chain: serde_json::Value = serde_json::from_str(&files[3].1).unwrap();
	let fixture = fixture_files::bench_fixture(2);
	assert_eq!(chain["verifyingKey"], fixture_files::hex(&fixture.verifying_key));
	assert_eq!(chain["proof"], fixture_files::hex(&fixture.proof));
	let inputs: Vec<PublicInput> = chain["publicInputs"]
		.as_array()
		.unwrap()
		.iter()
		.map(|h| hex_to_bytes(h.as_str().unwrap()).try_into().unwrap())
		.collect();
	assert_eq!(inputs, fixture.inputs);
	assert_verify(&fixture.verifying_key, &fixture.proof, &inputs, Ok(()));
	// public.json holds the same inputs in decimal.
	let public: Vec<String> = serde_json::from_str(&files[2].1).unwrap();
	let decoded = crate::decode_public_inputs::<Fr>(&inputs).unwrap();
	assert_eq!(public, decoded.iter().map(|x| x.to_string()).collect::<Vec<_>>());
}

#[test]
fn error_and_backend_encode_as_single_bytes() {
	assert_eq!(Error::MalformedVerifyingKey.encode(), [0]);
	assert_eq!(Error::ProofRejected.encode(), [5]);
	assert_eq!(Backend::decode(&mut &[1u8][..]), Ok(Backend::Pure));
}
