//! Enrollment: a sponsor's deposit for the participant's state, and the genesis grant.

use crate::{
	ActiveCount, BalanceOf, Category, Config, EntryKind, Error, Event, HoldReason, Ledger, Ledgers,
	Pallet, ParticipantCount,
};
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, Get},
};
use sp_core::H256;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_enroll(sponsor: T::AccountId, who: T::AccountId) -> DispatchResult {
		ensure!(!Ledgers::<T>::contains_key(&who), Error::<T>::AlreadyParticipant);
		let deposit = T::EnrollmentDeposit::get();
		T::Currency::hold(&HoldReason::Enrollment.into(), &sponsor, deposit)?;
		Self::open_ledger(&who, Some(sponsor), deposit);
		Ok(())
	}

	/// Creates `who`'s ledger with its grant, counts it, and makes the account exist for the
	/// chain (a sufficient reference: a participant without ARETE can still sign its fee-free
	/// actions; the sponsor's deposit pays for that state).
	pub(crate) fn open_ledger(
		who: &T::AccountId,
		sponsor: Option<T::AccountId>,
		deposit: BalanceOf<T>,
	) {
		let now = frame_system::Pallet::<T>::block_number();
		let mut ledger = Ledger {
			node: 0,
			content: 0,
			bonded: 0,
			lifetime_earned: 0,
			lifetime_spent: 0,
			tips_received: 0,
			sponsor: sponsor.clone(),
			deposit,
			joined: now,
			last_active: now,
			decayed_through: now,
			inactive: false,
			live_posts: 0,
			pending_proofs: 0,
			history_len: 0,
			history_head: H256::zero(),
		};
		let count = ParticipantCount::<T>::get();
		let grant = if count < T::EarlyParticipants::get() {
			T::EarlyGrant::get()
		} else {
			T::GenesisGrant::get()
		};
		let granted = Self::pay_from_pool(who, &mut ledger, Category::Content, grant, EntryKind::Grant);
		Ledgers::<T>::insert(who, ledger);
		ParticipantCount::<T>::put(count.saturating_add(1));
		ActiveCount::<T>::mutate(|active| *active = active.saturating_add(1));
		frame_system::Pallet::<T>::inc_sufficients(who);
		Self::deposit_event(Event::Enrolled { who: who.clone(), sponsor, deposit, grant: granted });
	}
}
