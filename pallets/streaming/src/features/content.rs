//! Content registration, updates and retirement.

use crate::{
	AccessRuleOf, Challenges, Config, Content, ContentId, ContentOf, Contents,
	CreatorStats, Creators, Error, Event, HoldReason, Nodes, Pallet, PendingTerms, Rendition,
	Split,
};
use frame_system::pallet_prelude::BlockNumberFor;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{traits::Zero, Saturating};

impl<T: Config> Pallet<T> {
	/// The id of `creator`'s content published under `content_hash`.
	pub fn content_id(creator: &T::AccountId, content_hash: &H256) -> ContentId {
		crate::content_id_of(creator, content_hash)
	}

	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_register_content(
		creator: T::AccountId,
		content_hash: H256,
		renditions: BoundedVec<Rendition, T::MaxRenditions>,
		price_per_second: crate::BalanceOf<T>,
		split: Split,
		access: AccessRuleOf<T>,
		chunk_root: H256,
		chunks: u32,
	) -> DispatchResult {
		let content = Self::content_id(&creator, &content_hash);
		ensure!(!Contents::<T>::contains_key(content), Error::<T>::ContentExists);
		ensure!(!renditions.is_empty(), Error::<T>::NoRenditions);
		ensure!(split.is_whole(), Error::<T>::SplitNotWhole);
		ensure!(Self::chunk_count_fits(chunks), Error::<T>::BadChunkCount);
		let deposit = T::ContentDeposit::get();
		T::Currency::hold(&HoldReason::ContentDeposit.into(), &creator, deposit)?;
		let stats = Creators::<T>::get(&creator).unwrap_or_default();
		Creators::<T>::insert(
			&creator,
			CreatorStats { contents: stats.contents.saturating_add(1), earned: stats.earned },
		);
		Contents::<T>::insert(
			content,
			Content {
				creator: creator.clone(),
				renditions,
				price_per_second,
				split,
				access,
				pending: None,
				retiring_at: None,
				chunk_root,
				chunks,
				approved_storage: BoundedVec::new(),
				storage_nodes: BoundedVec::new(),
				open_tasks: 0,
				earned: Zero::zero(),
				deposit,
				registered_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::ContentRegistered { content, creator, price_per_second });
		Ok(())
	}

	/// Whether a tree of `chunks` leaves is non-empty and its paths fit `MaxProofDepth`.
	pub(crate) fn chunk_count_fits(chunks: u32) -> bool {
		let depth = T::MaxProofDepth::get();
		chunks >= 1 && (depth >= 32 || u64::from(chunks) <= 1u64 << depth)
	}

	/// Content `id`, if `who` created it.
	pub(crate) fn owned_content(who: &T::AccountId, id: ContentId) -> Result<ContentOf<T>, DispatchError> {
		let content = Contents::<T>::get(id).ok_or(Error::<T>::UnknownContent)?;
		ensure!(content.creator == *who, Error::<T>::NotCreator);
		Ok(content)
	}

	/// Announces new terms, in force `TermsNotice` blocks from now (replacing terms announced
	/// before and not yet in force).
	pub(crate) fn do_update_content(
		who: T::AccountId,
		id: ContentId,
		price_per_second: crate::BalanceOf<T>,
		split: Split,
		access: AccessRuleOf<T>,
	) -> DispatchResult {
		let mut content = Self::owned_content(&who, id)?;
		ensure!(split.is_whole(), Error::<T>::SplitNotWhole);
		ensure!(content.retiring_at.is_none(), Error::<T>::ContentRetiring);
		let now = frame_system::Pallet::<T>::block_number();
		// Terms already due apply first: the new announcement replaces only pending ones.
		Self::apply_due_terms(id, &mut content, now);
		let effective_at = now.saturating_add(T::TermsNotice::get());
		content.pending = Some(PendingTerms { price_per_second, split, access, effective_at });
		Contents::<T>::insert(id, content);
		Self::deposit_event(Event::ContentUpdated { content: id, effective_at });
		Ok(())
	}

	/// Puts `content`'s announced terms in force if they are due at `now` (the caller stores
	/// the content). Returns whether they changed.
	pub(crate) fn apply_due_terms(
		id: ContentId,
		content: &mut ContentOf<T>,
		now: BlockNumberFor<T>,
	) -> bool {
		let due = content.pending.as_ref().is_some_and(|pending| pending.effective_at <= now);
		if !due {
			return false;
		}
		if let Some(pending) = content.pending.take() {
			content.price_per_second = pending.price_per_second;
			content.split = pending.split;
			content.access = pending.access;
			Self::deposit_event(Event::TermsApplied {
				content: id,
				price_per_second: content.price_per_second,
			});
		}
		true
	}

	/// Retires a content in two steps. The first call announces it: from `TermsNotice` blocks
	/// later it can be removed, and until then tickets of it stay redeemable while no new
	/// task or pin is taken. The second call, from then on, removes it: its storage nodes are
	/// released, then its deposit. Not while a task or a storage challenge is open on it:
	/// retiring must not save a node from the slash it is about to earn (a creator colluding
	/// with its storage node).
	pub(crate) fn do_retire_content(who: T::AccountId, id: ContentId) -> DispatchResult {
		let mut content = Self::owned_content(&who, id)?;
		let now = frame_system::Pallet::<T>::block_number();
		let Some(at) = content.retiring_at else {
			let at = now.saturating_add(T::TermsNotice::get());
			content.retiring_at = Some(at);
			Contents::<T>::insert(id, content);
			Self::deposit_event(Event::ContentRetiring { content: id, removable_at: at });
			return Ok(());
		};
		ensure!(now >= at, Error::<T>::RetireNotReady);
		ensure!(content.open_tasks == 0, Error::<T>::ContentInUse);
		ensure!(
			!content.storage_nodes.iter().any(|node| Challenges::<T>::contains_key(node, id)),
			Error::<T>::ContentInUse
		);
		for node in content.storage_nodes.iter() {
			Nodes::<T>::mutate(node, |record| {
				if let Some(record) = record {
					record.pins = record.pins.saturating_sub(1);
				}
			});
			crate::Unpinning::<T>::remove(node, id);
			Self::deposit_event(Event::Unpinned { node: node.clone(), content: id });
		}
		T::Currency::release(
			&HoldReason::ContentDeposit.into(),
			&who,
			content.deposit,
			Precision::BestEffort,
		)?;
		Contents::<T>::remove(id);
		let stats = Creators::<T>::get(&who).unwrap_or_default();
		let contents = stats.contents.saturating_sub(1);
		if contents == 0 {
			Creators::<T>::remove(&who);
		} else {
			Creators::<T>::insert(&who, CreatorStats { contents, earned: stats.earned });
		}
		Self::deposit_event(Event::ContentRetired { content: id });
		Ok(())
	}

	/// Adds `amount` to the creator's lifetime earnings.
	pub(crate) fn credit_creator(creator: &T::AccountId, amount: crate::BalanceOf<T>) {
		Creators::<T>::mutate(creator, |stats| {
			if let Some(stats) = stats {
				stats.earned = stats.earned.saturating_add(amount);
			}
		});
	}
}
