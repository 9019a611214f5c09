//! Rewards for agreeing witnesses, slashes for dissenting and silent ones, credibility.

use crate::*;
use alloc::vec::Vec;
use frame_support::traits::{
	fungible::{hold::Balanced as BalancedHold, MutateHold},
	tokens::{Fortitude, Precision, Restriction},
	Imbalance,
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::Zero, Perbill, Rounding, Saturating,
};

impl<T: Config> Pallet<T> {
	/// The shares of `reward` for `agreeing` `(who, weight)` witnesses, proportional to weight
	/// and rounded down. The shares never add up to more than `reward`.
	pub fn reward_shares(
		reward: BalanceOf<T>,
		agreeing: &[(T::AccountId, u128)],
	) -> Vec<(T::AccountId, BalanceOf<T>)> {
		let total = agreeing.iter().fold(0u128, |acc, (_, w)| acc.saturating_add(*w));
		if total == 0 || reward.is_zero() {
			return Vec::new();
		}
		let reward: u128 = reward.saturated_into();
		let mut remaining = reward;
		agreeing
			.iter()
			.map(|(who, weight)| {
				let share =
					multiply_by_rational_with_rounding(reward, *weight, total, Rounding::Down)
						.unwrap_or(0)
						.min(remaining);
				remaining = remaining.saturating_sub(share);
				(who.clone(), share.saturated_into::<BalanceOf<T>>())
			})
			.collect()
	}

	/// Pay the shares of the reward of request `id` from the requester's held reward. Returns
	/// the amount actually paid (never more than the reward).
	pub(crate) fn pay_rewards(
		id: RequestId,
		request: &RequestOf<T>,
		agreeing: &[(T::AccountId, u128)],
	) -> BalanceOf<T> {
		Self::pay_shares(
			id,
			&request.requester,
			HoldReason::RequestReward,
			request.reward,
			agreeing,
		)
	}

	/// Pay `amount`, held from `payer` for `reason`, to `recipients` `(who, weight)` in
	/// proportion to their weights, rounded down, by transfers on hold. Returns the amount
	/// actually paid (never more than `amount`); the rest stays held.
	pub(crate) fn pay_shares(
		id: RequestId,
		payer: &T::AccountId,
		reason: HoldReason,
		amount: BalanceOf<T>,
		recipients: &[(T::AccountId, u128)],
	) -> BalanceOf<T> {
		let mut paid = BalanceOf::<T>::zero();
		for (who, share) in Self::reward_shares(amount, recipients) {
			let share = share.min(amount.saturating_sub(paid));
			if share.is_zero() {
				continue;
			}
			match T::Currency::transfer_on_hold(
				&reason.into(),
				payer,
				&who,
				share,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			) {
				Ok(amount) => {
					paid = paid.saturating_add(amount);
					Self::deposit_event(Event::WitnessRewarded { id, who, amount });
				},
				Err(e) => {
					log::warn!(target: LOG_TARGET, "share of request {id} not paid: {e:?}");
				},
			}
		}
		paid
	}

	/// Slash `fraction` of the bond of `who` for request `id` and deactivate the witness if
	/// its bond falls below the minimum. Returns the slashed funds, for the caller to reimburse
	/// appellants with and hand the rest to `SlashDestination`. The caller stores `info`.
	pub(crate) fn slash_witness(
		id: RequestId,
		who: &T::AccountId,
		info: &mut WitnessInfoOf<T>,
		fraction: Perbill,
		reason: SlashReason,
	) -> CreditOf<T> {
		let amount = fraction.mul_floor(info.bond);
		if amount.is_zero() {
			return CreditOf::<T>::zero();
		}
		let (credit, _missing) = <T::Currency as BalancedHold<T::AccountId>>::slash(
			&HoldReason::WitnessBond.into(),
			who,
			amount,
		);
		let slashed = credit.peek();
		info.bond = info.bond.saturating_sub(slashed);
		Self::deposit_event(Event::WitnessSlashed {
			id,
			who: who.clone(),
			amount: slashed,
			reason,
		});
		Self::maybe_deactivate(who, info);
		credit
	}
}
