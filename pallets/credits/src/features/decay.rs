//! Inactivity decay and activity: a ledger untouched for `InactivityPeriod` loses `DecayRate`
//! per `DecayPeriod` to the pool, applied whenever it is touched.

use crate::{ActiveCount, Config, EntryKind, Error, Event, InLedgers, LedgerOf, Ledgers, Pallet};
use frame_support::traits::Get;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto, Zero},
	DispatchResult, Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_apply_decay(who: T::AccountId) -> DispatchResult {
		let mut ledger = Ledgers::<T>::get(&who).ok_or(Error::<T>::NotParticipant)?;
		Self::decay(&who, &mut ledger);
		Ledgers::<T>::insert(&who, ledger);
		Ok(())
	}

	/// Applies the decay due on `ledger` now and marks it inactive once it is; returns what
	/// decayed.
	pub(crate) fn decay(who: &T::AccountId, ledger: &mut LedgerOf<T>) -> crate::Credits {
		let now = frame_system::Pallet::<T>::block_number();
		let idle_from = ledger.last_active.saturating_add(T::InactivityPeriod::get());
		if now <= idle_from {
			return 0;
		}
		if !ledger.inactive {
			ledger.inactive = true;
			ActiveCount::<T>::mutate(|active| *active = active.saturating_sub(1));
		}
		let start = idle_from.max(ledger.decayed_through);
		let period = T::DecayPeriod::get();
		let steps: u32 =
			(now.saturating_sub(start) / period.max(1u32.into())).unique_saturated_into();
		if steps.is_zero() {
			return 0;
		}
		ledger.decayed_through = start.saturating_add(period.saturating_mul(steps.into()));
		let keep = Perbill::one().saturating_sub(T::DecayRate::get()).saturating_pow(steps as usize);
		let before = ledger.total();
		ledger.node = keep.mul_ceil(ledger.node);
		ledger.content = keep.mul_ceil(ledger.content);
		let decayed = before.saturating_sub(ledger.total());
		if decayed > 0 {
			InLedgers::<T>::mutate(|total| *total = total.saturating_sub(decayed));
			Self::return_to_pool(decayed);
			Self::record(who, ledger, EntryKind::Decay, decayed, None, None);
			Self::deposit_event(Event::Decayed { who: who.clone(), amount: decayed });
		}
		decayed
	}

	/// Loads `who`'s ledger for a credit action: applies the decay due, then counts the
	/// participant active again from now.
	pub(crate) fn active_ledger(who: &T::AccountId) -> Result<LedgerOf<T>, Error<T>> {
		let mut ledger = Ledgers::<T>::get(who).ok_or(Error::<T>::NotParticipant)?;
		Self::decay(who, &mut ledger);
		let now = frame_system::Pallet::<T>::block_number();
		ledger.last_active = now;
		ledger.decayed_through = now;
		if ledger.inactive {
			ledger.inactive = false;
			ActiveCount::<T>::mutate(|active| *active = active.saturating_add(1));
		}
		Ok(ledger)
	}
}
