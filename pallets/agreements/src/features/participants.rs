//! Participants: keys bound to accounts.

use crate::{
	prefix, Config, Error, Event, HoldReason, NextParticipantId, Pallet, Participant,
	ParticipantByKey, ParticipantId, ParticipantKey, ParticipantKind, ParticipantOf, Participants,
};
use codec::Encode;
use frame_support::{ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, MultiSignature};

impl<T: Config> Pallet<T> {
	/// The chain's genesis hash, which binds registrations and agreement ids to this chain.
	pub fn genesis_hash() -> T::Hash {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	/// The message a key signs to be registered for `owner`:
	/// `SCALE((prefix::PARTICIPANT, genesis hash, owner, kind, key))`.
	pub fn participant_message(
		owner: &T::AccountId,
		kind: ParticipantKind,
		key: &ParticipantKey,
	) -> alloc::vec::Vec<u8> {
		(prefix::PARTICIPANT, Self::genesis_hash(), owner, kind, key).encode()
	}

	/// The id of an agreement `proposer` proposes with `terms` on this chain.
	pub fn agreement_id(proposer: &T::AccountId, terms: &crate::TermsOf<T>) -> crate::AgreementId {
		terms.id(&Self::genesis_hash(), proposer)
	}

	pub(crate) fn do_register_participant(
		who: T::AccountId,
		kind: ParticipantKind,
		key: ParticipantKey,
		name_hash: H256,
		metadata_hash: H256,
		key_proof: MultiSignature,
	) -> DispatchResult {
		ensure!(
			key.verify(&Self::participant_message(&who, kind, &key), &key_proof),
			Error::<T>::InvalidSignature
		);
		ensure!(!ParticipantByKey::<T>::contains_key(key), Error::<T>::KeyInUse);
		let id = NextParticipantId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = T::ParticipantDeposit::get();
		Self::hold(HoldReason::ParticipantDeposit, &who, deposit)?;
		NextParticipantId::<T>::put(next);
		ParticipantByKey::<T>::insert(key, id);
		Participants::<T>::insert(
			id,
			Participant {
				owner: who.clone(),
				kind,
				key,
				name_hash,
				metadata_hash,
				deposit,
				agreements: 0,
			},
		);
		Self::deposit_event(Event::ParticipantRegistered { id, owner: who, kind });
		Ok(())
	}

	pub(crate) fn do_retire_participant(who: T::AccountId, id: ParticipantId) -> DispatchResult {
		let participant = Self::owned_participant(&who, id)?;
		ensure!(participant.agreements == 0, Error::<T>::ParticipantInUse);
		Self::release(HoldReason::ParticipantDeposit, &participant.owner, participant.deposit)?;
		ParticipantByKey::<T>::remove(participant.key);
		Participants::<T>::remove(id);
		Self::deposit_event(Event::ParticipantRetired { id });
		Ok(())
	}

	/// The participant `id`, if `who` owns it.
	pub(crate) fn owned_participant(
		who: &T::AccountId,
		id: ParticipantId,
	) -> Result<ParticipantOf<T>, DispatchError> {
		let participant = Participants::<T>::get(id).ok_or(Error::<T>::ParticipantNotFound)?;
		ensure!(&participant.owner == who, Error::<T>::Unauthorized);
		Ok(participant)
	}

	/// Adds `delta` (±1) to the agreement count of every party.
	pub(crate) fn count_parties(parties: impl Iterator<Item = ParticipantId>, add: bool) {
		for id in parties {
			Participants::<T>::mutate(id, |p| {
				if let Some(p) = p {
					p.agreements =
						if add { p.agreements.saturating_add(1) } else { p.agreements.saturating_sub(1) };
				}
			});
		}
	}
}
