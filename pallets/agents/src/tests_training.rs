//! Tests of training proofs: circuits, real Groth16 proofs made by the test prover of
//! `groth16-verifier`, bindings, replays and the trust they add.

use crate::{mock::*, training_fixtures::*, *};
// The runtime's `Agents` pallet, not the storage map of the same name.
use crate::mock::Agents;
use codec::Encode;
use frame_support::{assert_noop, assert_ok, BoundedVec};
use groth16_verifier::{prover::TrainingProver, PublicInput};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill};

/// A circuit with `n` inputs registered by Root, with its prover.
fn circuit(n: usize) -> (CircuitId, TrainingProver) {
	let prover = TrainingProver::setup(n, 7 + n as u64);
	let id = NextCircuitId::<Test>::get();
	assert_ok!(Agents::register_circuit(
		RuntimeOrigin::root(),
		BoundedVec::truncate_from(prover.verifying_key()),
		H256::repeat_byte(0xcc)
	));
	(id, prover)
}

/// Little-endian scalar `value`.
fn scalar(value: u64) -> PublicInput {
	let mut bytes = [0u8; 32];
	bytes[..8].copy_from_slice(&value.to_le_bytes());
	bytes
}

/// The binding of `agent`'s current model, then `extra`.
fn inputs_for(agent: AgentId, extra: &[u64]) -> Vec<PublicInput> {
	let model = crate::Agents::<Test>::get(agent).expect("agent exists").model;
	let mut inputs = vec![Agents::training_binding(agent, &model)];
	inputs.extend(extra.iter().map(|x| scalar(*x)));
	inputs
}

fn submit(
	who: u64,
	agent: AgentId,
	circuit: CircuitId,
	proof: Vec<u8>,
	inputs: Vec<PublicInput>,
) -> sp_runtime::DispatchResult {
	Agents::submit_training_proof(
		RuntimeOrigin::signed(who),
		agent,
		circuit,
		BoundedVec::truncate_from(proof),
		BoundedVec::truncate_from(inputs),
	)
}

fn proofs_of(agent: AgentId) -> u32 {
	Reputations::<Test>::get(agent).expect("reputation").training_proofs
}

#[test]
fn root_registers_and_retires_circuits_whose_keys_validate() {
	run(|| {
		let prover = TrainingProver::setup(2, 1);
		let key: VerifyingKeyOf<Test> = BoundedVec::truncate_from(prover.verifying_key());
		assert_noop!(
			Agents::register_circuit(RuntimeOrigin::signed(ALICE), key.clone(), H256::zero()),
			DispatchError::BadOrigin
		);
		let mut bad = key.clone().into_inner();
		bad[100] ^= 1;
		assert_noop!(
			Agents::register_circuit(RuntimeOrigin::root(), BoundedVec::truncate_from(bad), H256::zero()),
			Error::<Test>::MalformedVerifyingKey
		);
		assert_noop!(
			Agents::register_circuit(RuntimeOrigin::root(), BoundedVec::truncate_from(vec![0; 40]), H256::zero()),
			Error::<Test>::MalformedVerifyingKey
		);
		assert_ok!(Agents::register_circuit(RuntimeOrigin::root(), key.clone(), H256::repeat_byte(9)));
		let stored = Circuits::<Test>::get(0).expect("registered");
		assert_eq!((stored.public_inputs, stored.key, stored.description), (2, key, H256::repeat_byte(9)));
		assert_eq!(
			agent_events().last(),
			Some(&Event::CircuitRegistered { circuit: 0, public_inputs: 2, description: H256::repeat_byte(9) })
		);
		assert_noop!(Agents::retire_circuit(RuntimeOrigin::signed(ALICE), 0), DispatchError::BadOrigin);
		assert_ok!(Agents::retire_circuit(RuntimeOrigin::root(), 0));
		assert!(Circuits::<Test>::get(0).is_none());
		assert_noop!(Agents::retire_circuit(RuntimeOrigin::root(), 0), Error::<Test>::CircuitNotFound);
		assert_eq!(agent_events().last(), Some(&Event::CircuitRetired { circuit: 0 }));
	});
}

#[test]
fn a_verified_proof_is_recorded_and_raises_trust_in_routing() {
	run(|| {
		let a = listed(ALICE, "translate", 5, 8_000);
		let (c, prover) = circuit(2);
		let inputs = inputs_for(a, &[12]);
		let proof = prover.prove(&inputs, 1);
		assert_ok!(submit(ALICE, a, c, proof, inputs.clone()));

		let statement = H256(sp_io::hashing::blake2_256(&(c, &inputs).encode()));
		let record = TrainingProofs::<Test>::get(a, statement).expect("recorded");
		assert_eq!((record.circuit, record.model, record.at), (c, H256::repeat_byte(2), 1));
		assert_eq!(proofs_of(a), 1);
		// 56 % from the evaluation, plus 2 % of trust.
		assert_eq!(Agents::trusted_reputation(a), Perbill::from_percent(58));
		assert_eq!(
			agent_events().last(),
			Some(&Event::TrainingProofVerified {
				agent: a,
				circuit: c,
				statement,
				trust: Perbill::from_percent(58)
			})
		);
		assert_eq!(Agents::best(b"translate", 10, 5).ranked[0].reputation, Perbill::from_percent(58));
		// The same proof again is refused.
		let proof = prover.prove(&inputs, 2);
		assert_noop!(submit(ALICE, a, c, proof, inputs), Error::<Test>::ProofAlreadyRecorded);
	});
}

#[test]
fn a_trained_agent_outranks_an_equal_untrained_one() {
	run(|| {
		let untrained = listed(ALICE, "translate", 5, 8_000);
		let trained = listed(BOB, "translate", 5, 8_000);
		assert_eq!(Agents::best(b"translate", 10, 5).primary, Some(untrained), "lower id first");
		let (c, prover) = circuit(1);
		let inputs = inputs_for(trained, &[]);
		assert_ok!(submit(BOB, trained, c, prover.prove(&inputs, 3), inputs));
		assert_eq!(Agents::best(b"translate", 10, 5).primary, Some(trained));
	});
}

#[test]
fn invalid_mismatched_and_replayed_proofs_are_refused() {
	run(|| {
		let a = register(ALICE, &["translate"], 5);
		let b = register(BOB, &["translate"], 5);
		let (c, prover) = circuit(2);
		let inputs = inputs_for(a, &[12]);
		let proof = prover.prove(&inputs, 1);

		assert_noop!(submit(BOB, a, c, proof.clone(), inputs.clone()), Error::<Test>::NotProvider);
		assert_noop!(submit(ALICE, 9, c, proof.clone(), inputs.clone()), Error::<Test>::AgentNotFound);
		assert_noop!(submit(ALICE, a, 9, proof.clone(), inputs.clone()), Error::<Test>::CircuitNotFound);
		assert_noop!(
			submit(ALICE, a, c, proof.clone(), inputs_for(a, &[])),
			Error::<Test>::InputCountMismatch
		);
		// Bob replays Alice's proof for his own agent: the binding names Alice's agent.
		assert_noop!(submit(BOB, b, c, proof.clone(), inputs.clone()), Error::<Test>::WrongBinding);
		// Another value than the one proven.
		assert_noop!(
			submit(ALICE, a, c, proof.clone(), inputs_for(a, &[13])),
			Error::<Test>::InvalidProof
		);
		// A proof for another circuit with the same input count.
		let other_key = TrainingProver::setup(2, 99).verifying_key();
		assert_ok!(Agents::register_circuit(
			RuntimeOrigin::root(),
			BoundedVec::truncate_from(other_key),
			H256::zero()
		));
		assert_noop!(submit(ALICE, a, c + 1, proof.clone(), inputs.clone()), Error::<Test>::InvalidProof);
		// A corrupted point, and a non-canonical scalar.
		let mut corrupted = proof.clone();
		corrupted[10] ^= 0x40;
		assert!(matches!(
			submit(ALICE, a, c, corrupted, inputs.clone()),
			Err(e) if e == Error::<Test>::MalformedProof.into() || e == Error::<Test>::InvalidProof.into()
		));
		let mut huge = inputs.clone();
		huge[1] = [0xff; 32];
		assert_noop!(submit(ALICE, a, c, proof.clone(), huge), Error::<Test>::MalformedProof);
		assert_noop!(submit(ALICE, a, c, vec![0; 10], inputs.clone()), Error::<Test>::MalformedProof);
		assert_eq!(proofs_of(a), 0);
		assert_ok!(submit(ALICE, a, c, proof, inputs));
	});
}

#[test]
fn a_new_model_needs_new_proofs_and_old_ones_stay_recorded() {
	run(|| {
		let a = register(ALICE, &["translate"], 5);
		let (c, prover) = circuit(1);
		let old = inputs_for(a, &[]);
		assert_ok!(submit(ALICE, a, c, prover.prove(&old, 1), old.clone()));
		cancel_in_engine(FIRST_REQUEST);
		assert_ok!(Agents::update_model(RuntimeOrigin::signed(ALICE), a, H256::repeat_byte(8), mock::tags(&["translate"])));
		assert_noop!(submit(ALICE, a, c, prover.prove(&old, 2), old), Error::<Test>::WrongBinding);
		let new = inputs_for(a, &[]);
		assert_ok!(submit(ALICE, a, c, prover.prove(&new, 3), new));
		assert_eq!(proofs_of(a), 2);
	});
}

#[test]
fn an_agent_records_at_most_max_training_proofs_and_loses_them_with_it() {
	run(|| {
		let a = register(ALICE, &["translate"], 5);
		let (c, prover) = circuit(2);
		for epoch in 0..MAX_PROOFS as u64 {
			let inputs = inputs_for(a, &[epoch]);
			assert_ok!(submit(ALICE, a, c, prover.prove(&inputs, epoch), inputs));
		}
		let inputs = inputs_for(a, &[99]);
		assert_noop!(
			submit(ALICE, a, c, prover.prove(&inputs, 99), inputs),
			Error::<Test>::TooManyTrainingProofs
		);
		assert_eq!(Agents::trusted_reputation(a), Perbill::from_percent(50 + 2 * MAX_PROOFS));
		cancel_in_engine(FIRST_REQUEST);
		assert_ok!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), a));
		let inputs = inputs_for(a, &[100]);
		assert_noop!(
			submit(ALICE, a, c, prover.prove(&inputs, 100), inputs),
			Error::<Test>::AgentUnbonding
		);
		run_to(1 + UNBONDING);
		assert_ok!(Agents::deregister_agent(RuntimeOrigin::signed(ALICE), a));
		assert_eq!(TrainingProofs::<Test>::iter_prefix(a).count(), 0);
	});
}

#[test]
fn the_committed_training_fixtures_are_current() {
	// The fixtures bind agent 0 running FIXTURE_MODEL, as the benchmarks register it.
	let binding = Agents::training_binding(0, &H256(FIXTURE_MODEL));
	let fixtures: Vec<TrainingFixture> = (1..=groth16_verifier::MAX_PUBLIC_INPUTS)
		.map(|n| {
			let prover = TrainingProver::setup(n as usize, 1_000 + u64::from(n));
			let mut inputs = vec![binding];
			inputs.extend((1..n).map(|i| scalar(u64::from(i))));
			let proof = prover.prove(&inputs, 2_000 + u64::from(n));
			TrainingFixture { public_inputs: n, verifying_key: prover.verifying_key(), proof, inputs }
		})
		.collect();
	let encoded = fixtures.encode();
	let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/training.scale");
	if std::env::var("ARETE_WRITE_AGENTS_FIXTURES").is_ok() {
		std::fs::write(path, &encoded).expect("writes the fixtures");
	}
	assert!(
		encoded == TRAINING_FIXTURES,
		"fixtures/training.scale is stale: rerun with ARETE_WRITE_AGENTS_FIXTURES=1"
	);
	for fixture in &fixtures {
		assert_eq!(
			groth16_verifier::verify(
				groth16_verifier::Backend::Host,
				&fixture.verifying_key,
				&fixture.proof,
				&fixture.inputs
			),
			Ok(())
		);
	}
	assert_eq!(training_fixture(16).expect("committed").inputs.len(), 16);
}
