//! Training proofs: Groth16 proofs over BLS12-381, verified on chain through the node's
//! elliptic-curve host functions, recorded against an agent and raising its trust.

use crate::*;
use codec::Encode;
use frame_support::{ensure, traits::Get};
use groth16_verifier::{Backend, PublicInput};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, Perbill};

/// Domain-separation prefix of the public input that binds a proof to an agent and model.
const TRAINING_BINDING: &[u8] = b"arete/agents/training";

impl<T: Config> Pallet<T> {
	/// The first public input of every training proof of agent `agent` running `model`: the
	/// `blake2_256` of `SCALE((b"arete/agents/training", agent, model))` with its last byte
	/// cleared, read as a little-endian scalar (always below the group order). A proof made for
	/// another agent or model fails here, so nobody can claim another's training.
	pub fn training_binding(agent: AgentId, model: &H256) -> PublicInput {
		let mut binding = sp_io::hashing::blake2_256(&(TRAINING_BINDING, agent, model).encode());
		if let Some(last) = binding.last_mut() {
			*last = 0;
		}
		binding
	}

	/// Register a circuit's verifying key; see [`Pallet::register_circuit`].
	pub(crate) fn do_register_circuit(
		key: VerifyingKeyOf<T>,
		description: H256,
	) -> Result<CircuitId, DispatchError> {
		let public_inputs = groth16_verifier::validate_verifying_key(Backend::Host, &key)
			.map_err(|_| Error::<T>::MalformedVerifyingKey)?;
		ensure!(
			public_inputs >= 1 && public_inputs <= T::MaxPublicInputs::get(),
			Error::<T>::MalformedVerifyingKey
		);
		let id = NextCircuitId::<T>::get();
		NextCircuitId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Circuits::<T>::insert(id, CircuitOf::<T> { key, public_inputs, description });
		Self::deposit_event(Event::CircuitRegistered { circuit: id, public_inputs, description });
		Ok(id)
	}

	/// Retire a circuit; see [`Pallet::retire_circuit`].
	pub(crate) fn do_retire_circuit(id: CircuitId) -> DispatchResult {
		ensure!(Circuits::<T>::take(id).is_some(), Error::<T>::CircuitNotFound);
		Self::deposit_event(Event::CircuitRetired { circuit: id });
		Ok(())
	}

	/// Verify and record a training proof; see [`Pallet::submit_training_proof`].
	pub(crate) fn do_submit_training_proof(
		who: &T::AccountId,
		agent_id: AgentId,
		circuit_id: CircuitId,
		proof: ProofBytesOf,
		inputs: PublicInputsOf<T>,
	) -> DispatchResult {
		let agent = Self::provided_agent(who, agent_id)?;
		ensure!(!Self::is_unbonding(&agent), Error::<T>::AgentUnbonding);
		let circuit = Circuits::<T>::get(circuit_id).ok_or(Error::<T>::CircuitNotFound)?;
		ensure!(inputs.len() as u32 == circuit.public_inputs, Error::<T>::InputCountMismatch);
		ensure!(
			inputs.first() == Some(&Self::training_binding(agent_id, &agent.model)),
			Error::<T>::WrongBinding
		);
		let statement = H256(sp_io::hashing::blake2_256(&(circuit_id, &inputs).encode()));
		ensure!(
			!TrainingProofs::<T>::contains_key(agent_id, statement),
			Error::<T>::ProofAlreadyRecorded
		);
		let reputation = Reputations::<T>::get(agent_id).ok_or(Error::<T>::AgentNotFound)?;
		ensure!(
			reputation.training_proofs < T::MaxTrainingProofs::get(),
			Error::<T>::TooManyTrainingProofs
		);
		groth16_verifier::verify(Backend::Host, &circuit.key, &proof, &inputs).map_err(|e| {
			match e {
				groth16_verifier::Error::ProofRejected => Error::<T>::InvalidProof,
				_ => Error::<T>::MalformedProof,
			}
		})?;

		let now = frame_system::Pallet::<T>::block_number();
		TrainingProofs::<T>::insert(
			agent_id,
			statement,
			TrainingRecord { circuit: circuit_id, model: agent.model, at: now },
		);
		Reputations::<T>::mutate(agent_id, |maybe| {
			if let Some(reputation) = maybe {
				reputation.training_proofs = reputation.training_proofs.saturating_add(1);
			}
		});
		Self::deposit_event(Event::TrainingProofVerified {
			agent: agent_id,
			circuit: circuit_id,
			statement,
			trust: Self::trusted_reputation(agent_id),
		});
		Ok(())
	}

	/// The trust verified training proofs add to a reputation: `TrustPerProof` each.
	pub fn training_trust(proofs: u32) -> Perbill {
		// `from_parts` saturates at 100 %.
		Perbill::from_parts(T::TrustPerProof::get().deconstruct().saturating_mul(proofs))
	}
}
