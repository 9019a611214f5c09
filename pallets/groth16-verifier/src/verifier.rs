//! The Groth16 verification equation, generic over the pairing.

use crate::{Error, Proof, VerifyingKey};
use ark_ec::{pairing::Pairing, CurveGroup, VariableBaseMSM};
use ark_ff::Zero;

/// Checks a decoded proof against a decoded key and inputs.
///
/// With `L = IC[0] + sum_i x_i * IC[i+1]`, a proof is valid when
/// `e(A, B) = e(alpha, beta) * e(L, gamma) * e(C, delta)`, which is checked as one product of
/// four pairings equal to one, `e(A, B) * e(-L, gamma) * e(-C, delta) * e(-alpha, beta) = 1`:
/// one multi-Miller loop and one final exponentiation instead of four of each (the final
/// exponentiation is the costliest single step). Negating the G1 side is a field negation of
/// `y`, cheaper than negating in G2.
///
/// `L` comes from one multi-scalar multiplication: on the host backend that is a single host
/// call whatever the input count.
pub fn verify_with<E: Pairing>(
	key: &VerifyingKey<E>,
	proof: &Proof<E>,
	inputs: &[E::ScalarField],
) -> Result<(), Error> {
	let (ic_0, ic_inputs) = key.ic.split_first().ok_or(Error::MalformedVerifyingKey)?;
	if ic_inputs.len() != inputs.len() {
		return Err(Error::InputCountMismatch);
	}
	let mut l: E::G1 = (*ic_0).into();
	// No MSM (and no host call) for a key without public inputs.
	if !inputs.is_empty() {
		// `msm` fails only on a length mismatch, excluded above.
		l += E::G1::msm(ic_inputs, inputs).map_err(|_| Error::InputCountMismatch)?;
	}
	let l = l.into_affine();

	let g1: [E::G1Affine; 4] = [proof.a, -l, -proof.c, -key.alpha_g1];
	let g2: [E::G2Affine; 4] = [proof.b, key.gamma_g2, key.delta_g2, key.beta_g2];
	// `multi_pairing` would unwrap the final exponentiation, which is `None` when the Miller
	// loop's output is zero; calling the two steps keeps that case an error, not a panic.
	// The host backend fails closed too: its hooks return the zero field element when a host
	// call fails, and zero is never the pairing group's identity (one).
	let miller = E::multi_miller_loop(g1, g2);
	let product = E::final_exponentiation(miller).ok_or(Error::ProofRejected)?;
	if product.is_zero() {
		Ok(())
	} else {
		Err(Error::ProofRejected)
	}
}
