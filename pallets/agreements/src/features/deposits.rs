//! Holding and releasing deposits.

use crate::{BalanceOf, Config, HoldReason, Pallet};
use frame_support::traits::{
	Get,
	fungible::MutateHold,
	tokens::Precision,
};
use sp_runtime::{DispatchError, DispatchResult, Saturating};

impl<T: Config> Pallet<T> {
	/// Holds `amount` from `who` for `reason`.
	pub(crate) fn hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::hold(&reason.into(), who, amount)
	}

	/// Releases `amount` held from `who` for `reason` (exactly; a shortfall is an error, which
	/// `try_state` would also catch).
	pub(crate) fn release(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<(), DispatchError> {
		T::Currency::release(&reason.into(), who, amount, Precision::Exact).map(|_| ())
	}

	/// The deposit for a policy document or lifecycle of `bytes` bytes on top of `base`.
	pub(crate) fn policy_deposit(base: BalanceOf<T>, bytes: usize) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = (bytes as u32).into();
		base.saturating_add(T::PolicyByteDeposit::get().saturating_mul(bytes))
	}
}
