//! The allowance of fee-free actions: up to `MaxAllowance` actions, regenerating linearly in
//! full over `AllowanceRegenPeriod` blocks.

use crate::{Allowance, Allowances, Config, Ledgers, Pallet};
use frame_support::traits::Get;
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use sp_runtime::traits::{Saturating, UniqueSaturatedInto};

/// Millionths of an action: the allowance's resolution.
pub(crate) const PARTS_PER_ACTION: u64 = 1_000_000;

impl<T: Config> Pallet<T> {
	/// The allowance of `who` at `now`, in millionths of an action.
	pub(crate) fn allowance_parts(who: &T::AccountId, now: BlockNumberFor<T>) -> u64 {
		let full = u64::from(T::MaxAllowance::get()).saturating_mul(PARTS_PER_ACTION);
		let Some(stored) = Allowances::<T>::get(who) else { return full };
		let elapsed: u64 = now.saturating_sub(stored.at).unique_saturated_into();
		let period: u64 = T::AllowanceRegenPeriod::get().unique_saturated_into();
		let regenerated = u128::from(elapsed).saturating_mul(u128::from(full)) / u128::from(period.max(1));
		let regenerated = u64::try_from(regenerated).unwrap_or(u64::MAX);
		stored.left.saturating_add(regenerated).min(full)
	}

	/// Whole fee-free actions `who` has left now.
	pub fn allowance(who: &T::AccountId) -> u32 {
		let parts = Self::allowance_parts(who, frame_system::Pallet::<T>::block_number());
		u32::try_from(parts / PARTS_PER_ACTION).unwrap_or(u32::MAX)
	}

	/// Whether a credit call from `origin` is fee-free: a signed participant with an action
	/// left. Read only: the transaction extension takes the action.
	pub fn has_free_action(origin: &OriginFor<T>) -> bool {
		match frame_system::ensure_signed(origin.clone()) {
			Ok(who) => Self::free_action_signer(&who),
			Err(_) => false,
		}
	}

	/// Whether `who` is a participant with a fee-free action left.
	pub fn free_action_signer(who: &T::AccountId) -> bool {
		Ledgers::<T>::contains_key(who) && Self::allowance(who) >= 1
	}

	/// Takes one action from `who`'s allowance.
	pub fn use_free_action(who: &T::AccountId) {
		let now = frame_system::Pallet::<T>::block_number();
		let left = Self::allowance_parts(who, now).saturating_sub(PARTS_PER_ACTION);
		Allowances::<T>::insert(who, Allowance { left, at: now });
	}
}
