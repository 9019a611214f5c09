//! The pot: the pallet's account, holding prize pools and prediction stakes that are paid out
//! to others.

use crate::*;
use frame_support::{
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Get,
	},
};
use sp_runtime::{
	traits::{AccountIdConversion, Zero},
	Saturating,
};

impl<T: Config> Pallet<T> {
	/// The pot account.
	pub fn pot_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Make sure the pot's free balance is at least the existential deposit, transferring the
	/// missing part from `who` (once in the chain's life, unless the existential deposit
	/// grows). The seed stays in the pot: it is never paid out.
	pub(crate) fn seed_pot(who: &T::AccountId) -> DispatchResult {
		let pot = Self::pot_account();
		let ed = T::Currency::minimum_balance();
		let free = T::Currency::balance(&pot);
		if free < ed {
			let missing = ed.saturating_sub(free);
			T::Currency::transfer(who, &pot, missing, Preservation::Preserve)?;
			Self::deposit_event(Event::PotSeeded { who: who.clone(), amount: missing });
		}
		Ok(())
	}

	/// Move `amount` from the free balance of `who` into the pot, held for `reason`.
	pub(crate) fn pot_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::seed_pot(who)?;
		T::Currency::transfer_and_hold(
			&reason.into(),
			who,
			&Self::pot_account(),
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		Ok(())
	}

	/// Pay `amount` held in the pot for `reason` to the free balance of `dest`. Either the
	/// whole amount moves or nothing does.
	pub(crate) fn pot_pay(
		reason: HoldReason,
		dest: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::transfer_on_hold(
			&reason.into(),
			&Self::pot_account(),
			dest,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(())
	}
}

/// `a × b / c` rounded down, computed without overflow; zero if `c` is zero. The result is at
/// most `a` whenever `b <= c`.
pub fn mul_div_floor<B>(a: B, b: u128, c: u128) -> B
where
	B: sp_runtime::traits::AtLeast32BitUnsigned + Copy,
{
	use sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding, Rounding, SaturatedConversion,
	};
	if c == 0 {
		return B::zero();
	}
	multiply_by_rational_with_rounding(a.saturated_into::<u128>(), b, c, Rounding::Down)
		.unwrap_or(0)
		.saturated_into::<B>()
}

#[cfg(test)]
mod tests {
	use super::mul_div_floor;

	#[test]
	fn mul_div_floor_rounds_down_and_never_overflows() {
		assert_eq!(mul_div_floor(100u64, 1, 3), 33);
		assert_eq!(mul_div_floor(100u64, 2, 3), 66);
		assert_eq!(mul_div_floor(7u64, 5, 0), 0);
		assert_eq!(mul_div_floor(u64::MAX, u128::from(u64::MAX), u128::from(u64::MAX)), u64::MAX);
		assert_eq!(mul_div_floor(u128::MAX, 1, 2), u128::MAX / 2);
	}
}
