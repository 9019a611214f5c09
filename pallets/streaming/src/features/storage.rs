//! Storage nodes: pins and availability challenges answered with Merkle proofs.

use crate::{
	merkle, prefix, BalanceOf, Challenge, Challenges, Config, ContentId, Contents, Error, Event,
	HoldReason, Nodes, Pallet,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{traits::One, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_pin(who: T::AccountId, id: ContentId) -> DispatchResult {
		let mut node = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		ensure!(node.roles.storage, Error::<T>::WrongRole);
		ensure!(!node.leaving, Error::<T>::NodeLeaving);
		// A node slashed below the minimum takes no new storage work until it bonds again.
		ensure!(node.stake >= T::MinNodeStake::get(), Error::<T>::StakeTooLow);
		let mut content = Contents::<T>::get(id).ok_or(Error::<T>::UnknownContent)?;
		ensure!(content.retiring_at.is_none(), Error::<T>::ContentRetiring);
		ensure!(content.approved_storage.contains(&who), Error::<T>::NotApproved);
		ensure!(!content.storage_nodes.contains(&who), Error::<T>::AlreadyPinned);
		ensure!(node.pins < T::MaxPinsPerNode::get(), Error::<T>::TooManyPins);
		content.storage_nodes.try_push(who.clone()).map_err(|_| Error::<T>::TooManyReplicas)?;
		node.pins = node.pins.saturating_add(1);
		Contents::<T>::insert(id, content);
		Nodes::<T>::insert(&who, node);
		Self::deposit_event(Event::Pinned { node: who, content: id });
		Ok(())
	}

	/// The creator approves `node` as a storage node of content `id`.
	pub(crate) fn do_approve_storage(
		who: T::AccountId,
		id: ContentId,
		node: T::AccountId,
	) -> DispatchResult {
		let mut content = Self::owned_content(&who, id)?;
		ensure!(!content.approved_storage.contains(&node), Error::<T>::AlreadyApproved);
		content.approved_storage.try_push(node.clone()).map_err(|_| Error::<T>::TooManyReplicas)?;
		Contents::<T>::insert(id, content);
		Self::deposit_event(Event::StorageApproved { content: id, node });
		Ok(())
	}

	/// The creator withdraws its approval of `node`; a pin of it goes too (not while a
	/// challenge on it is open: that would rescue the node from its slash).
	pub(crate) fn do_revoke_storage(
		who: T::AccountId,
		id: ContentId,
		node: T::AccountId,
	) -> DispatchResult {
		let mut content = Self::owned_content(&who, id)?;
		ensure!(content.approved_storage.contains(&node), Error::<T>::NotApproved);
		ensure!(!Challenges::<T>::contains_key(&node, id), Error::<T>::ChallengeOpen);
		content.approved_storage.retain(|approved| *approved != node);
		Contents::<T>::insert(id, content);
		if Contents::<T>::get(id).is_some_and(|c| c.storage_nodes.contains(&node)) {
			crate::Unpinning::<T>::remove(&node, id);
			Self::remove_pin(&node, id);
		}
		Self::deposit_event(Event::StorageRevoked { content: id, node });
		Ok(())
	}

	/// Unpinning takes two calls: the first announces it, the second, from
	/// `ChallengeWindow + 2` blocks later, removes the pin. Meanwhile the pin can still be
	/// challenged, so that a node cannot see a challenge coming and unpin first.
	pub(crate) fn do_unpin(who: T::AccountId, id: ContentId) -> DispatchResult {
		ensure!(Nodes::<T>::contains_key(&who), Error::<T>::NotNode);
		let content = Contents::<T>::get(id).ok_or(Error::<T>::UnknownContent)?;
		ensure!(content.storage_nodes.contains(&who), Error::<T>::NotPinned);
		let now = frame_system::Pallet::<T>::block_number();
		let Some(at) = crate::Unpinning::<T>::get(&who, id) else {
			let at = now
				.saturating_add(T::ChallengeWindow::get())
				.saturating_add(One::one())
				.saturating_add(One::one());
			crate::Unpinning::<T>::insert(&who, id, at);
			Self::deposit_event(Event::Unpinning { node: who, content: id, removable_at: at });
			return Ok(());
		};
		ensure!(now >= at, Error::<T>::UnpinNotReady);
		ensure!(!Challenges::<T>::contains_key(&who, id), Error::<T>::ChallengeOpen);
		crate::Unpinning::<T>::remove(&who, id);
		Self::remove_pin(&who, id);
		Ok(())
	}

	/// Removes `who`'s pin of content `id` (both sides) and emits `Unpinned`.
	fn remove_pin(who: &T::AccountId, id: ContentId) {
		Contents::<T>::mutate(id, |content| {
			if let Some(content) = content {
				content.storage_nodes.retain(|node| node != who);
			}
		});
		Nodes::<T>::mutate(who, |node| {
			if let Some(node) = node {
				node.pins = node.pins.saturating_sub(1);
			}
		});
		Self::deposit_event(Event::Unpinned { node: who.clone(), content: id });
	}

	pub(crate) fn do_challenge(
		who: T::AccountId,
		node: T::AccountId,
		id: ContentId,
	) -> DispatchResult {
		let content = Contents::<T>::get(id).ok_or(Error::<T>::UnknownContent)?;
		ensure!(content.storage_nodes.contains(&node), Error::<T>::NotPinned);
		ensure!(who != node, Error::<T>::SelfChallenge);
		ensure!(!Challenges::<T>::contains_key(&node, id), Error::<T>::ChallengeOpen);
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), &who, bond)?;
		let now = frame_system::Pallet::<T>::block_number();
		// Answerable from `now + 2`, when the picking hash exists, for `ChallengeWindow`.
		let deadline = now.saturating_add(One::one()).saturating_add(T::ChallengeWindow::get());
		Challenges::<T>::insert(
			&node,
			id,
			Challenge { challenger: who.clone(), bond, issued_at: now, deadline },
		);
		Self::deposit_event(Event::ChallengeIssued { node, content: id, challenger: who, deadline });
		Ok(())
	}

	/// The chunk the open challenge of `node` on `content` asks for, once drawn.
	pub fn challenge_chunk(node: &T::AccountId, content: ContentId) -> Option<u32> {
		let challenge = Challenges::<T>::get(node, content)?;
		let chunks = Contents::<T>::get(content)?.chunks;
		Self::chunk_of(node, content, challenge.issued_at, chunks)
	}

	fn chunk_of(
		node: &T::AccountId,
		content: ContentId,
		issued_at: BlockNumberFor<T>,
		chunks: u32,
	) -> Option<u32> {
		let seed = Self::seed_after(prefix::CHUNK, &(node, content), issued_at)?;
		let [b0, b1, b2, b3, ..] = seed;
		Some(u32::from_le_bytes([b0, b1, b2, b3]) % chunks.max(1))
	}

	pub(crate) fn do_answer_challenge(
		who: T::AccountId,
		id: ContentId,
		chunk: BoundedVec<u8, T::MaxChunkBytes>,
		proof: BoundedVec<H256, T::MaxProofDepth>,
	) -> DispatchResult {
		let challenge = Challenges::<T>::get(&who, id).ok_or(Error::<T>::NoChallenge)?;
		let content = Contents::<T>::get(id).ok_or(Error::<T>::UnknownContent)?;
		let index = Self::chunk_of(&who, id, challenge.issued_at, content.chunks)
			.ok_or(Error::<T>::ChallengeNotReady)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() <= challenge.deadline,
			Error::<T>::ChallengeOver
		);
		ensure!(
			merkle::verify(&content.chunk_root, content.chunks, index, &chunk, &proof),
			Error::<T>::BadProof
		);
		// The bond pays the node for proving it (so challenges are not free to spam).
		T::Currency::transfer_on_hold(
			&HoldReason::ChallengeBond.into(),
			&challenge.challenger,
			&who,
			challenge.bond,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Challenges::<T>::remove(&who, id);
		Nodes::<T>::mutate(&who, |node| {
			if let Some(node) = node {
				node.stats.challenges_passed = node.stats.challenges_passed.saturating_add(1);
				node.stats.earned = node.stats.earned.saturating_add(challenge.bond);
			}
		});
		Self::deposit_event(Event::ChallengeAnswered { node: who, content: id, chunk: index });
		Ok(())
	}

	pub(crate) fn do_expire_challenge(node_id: T::AccountId, id: ContentId) -> DispatchResult {
		let challenge = Challenges::<T>::get(&node_id, id).ok_or(Error::<T>::NoChallenge)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() > challenge.deadline,
			Error::<T>::ChallengeNotOver
		);
		Challenges::<T>::remove(&node_id, id);
		T::Currency::release(
			&HoldReason::ChallengeBond.into(),
			&challenge.challenger,
			challenge.bond,
			Precision::BestEffort,
		)?;
		let mut slashed: BalanceOf<T> = Default::default();
		if let Some(mut node) = Nodes::<T>::get(&node_id) {
			node.stats.challenges_failed = node.stats.challenges_failed.saturating_add(1);
			let challenger = challenge.challenger.clone();
			slashed = Self::slash(&node_id, &mut node, T::StorageSlash::get(), |amount| {
				alloc::vec![(challenger, T::ChallengerShare::get() * amount)]
			});
		}
		crate::Unpinning::<T>::remove(&node_id, id);
		Self::remove_pin(&node_id, id);
		Self::deposit_event(Event::ChallengeFailed { node: node_id, content: id, slashed });
		Ok(())
	}
}
