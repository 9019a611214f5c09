//! Parimutuel prediction pools on pending performances: staking, settlement at the outcome,
//! pull-based claims, and reaping of the entries left after `ClaimPeriod`.
//!
//! Nothing iterates the stakers: settlement keeps running totals (`success`, `failure`, the
//! staker counts) and each entry is paid when its staker claims it, or when anyone reaps it.
//! Each entry holds its own `PredictionDeposit`, so there is no cap on stakers.

use crate::{features::pot::mul_div_floor, *};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	storage::with_storage_layer,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	DispatchError, SaturatedConversion,
};
use verification_primitives::{Phase, RequestMode, VerificationProvider};

impl PredictionSide {
	/// The other side.
	pub fn opposite(self) -> Self {
		match self {
			PredictionSide::Success => PredictionSide::Failure,
			PredictionSide::Failure => PredictionSide::Success,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Stake on a performance. See [`Pallet::predict`].
	pub(crate) fn do_predict(
		who: T::AccountId,
		performance: PerformanceId,
		side: PredictionSide,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let perf = Performances::<T>::get(performance).ok_or(Error::<T>::UnknownPerformance)?;
		let PerformanceStatus::Pending { request } = perf.status else {
			return Err(Error::<T>::NotPending.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		let lock_at = perf.submitted_at.saturating_add(T::PredictionLockPeriod::get());
		ensure!(now < lock_at, Error::<T>::PredictionsLocked);
		// Pools need a panel the chain drew (nobody who might bet chose it), and a panel member
		// must not bet on what it votes on.
		// Until the draw nobody knows who votes, so a staker could still be drawn: pools open
		// once the panel exists.
		// A claim in its liveness window has no panel yet and nobody chose one: pools are open
		// (nobody but the athlete and the submitter is barred). Once disputed it is decided by
		// a drawn panel like any other performance; past its window undisputed, its outcome is
		// known.
		let view = T::Verifier::request_view(request).ok_or(Error::<T>::NoDrawnPanel)?;
		let disputed = view.claim.as_ref().is_some_and(|claim| claim.disputer.is_some());
		match (view.mode, view.phase) {
			(_, Phase::Drawing { .. }) => return Err(Error::<T>::NoDrawnPanel.into()),
			(RequestMode::Optimistic, Phase::Liveness { until }) => {
				ensure!(now <= until, Error::<T>::PredictionsLocked)
			},
			(RequestMode::DrawnPanel, _) => {},
			(RequestMode::Optimistic, _) if disputed => {},
			(RequestMode::Optimistic, _) => return Err(Error::<T>::PredictionsLocked.into()),
			(RequestMode::NamedPanel, _) => return Err(Error::<T>::NoDrawnPanel.into()),
		}
		let on_panel = view.panel.iter().any(|seat| seat.who == who);
		ensure!(
			who != perf.athlete && who != perf.submitter && !on_panel,
			Error::<T>::NotAllowedToPredict
		);
		ensure!(amount >= T::MinStake::get(), Error::<T>::StakeTooLow);
		let mut pool = PredictionPools::<T>::get(performance).unwrap_or(PredictionPool {
			lock_at,
			success: Zero::zero(),
			failure: Zero::zero(),
			success_stakers: 0,
			failure_stakers: 0,
			unclaimed: 0,
			held: Zero::zero(),
			fee_paid: Zero::zero(),
			settlement: None,
			settled_at: None,
		});
		let (stake, deposit) = match Predictions::<T>::get(performance, &who) {
			Some(previous) => {
				ensure!(previous.side == side, Error::<T>::ConflictingPrediction);
				let stake = previous.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
				(stake, previous.deposit)
			},
			None => {
				// A new entry: its staker pays for it (no cap, nothing iterates the entries).
				pool.unclaimed = pool.unclaimed.checked_add(1).ok_or(Error::<T>::Overflow)?;
				let deposit = T::PredictionDeposit::get();
				if !deposit.is_zero() {
					T::Currency::hold(&HoldReason::PredictionDeposit.into(), &who, deposit)?;
				}
				match side {
					PredictionSide::Success => {
						pool.success_stakers = pool.success_stakers.saturating_add(1)
					},
					PredictionSide::Failure => {
						pool.failure_stakers = pool.failure_stakers.saturating_add(1)
					},
				}
				(amount, deposit)
			},
		};
		match side {
			PredictionSide::Success => {
				pool.success = pool.success.checked_add(&amount).ok_or(Error::<T>::Overflow)?
			},
			PredictionSide::Failure => {
				pool.failure = pool.failure.checked_add(&amount).ok_or(Error::<T>::Overflow)?
			},
		}
		pool.held = pool.held.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		Self::pot_deposit(HoldReason::PredictionPool, &who, amount)?;
		Predictions::<T>::insert(performance, &who, Prediction { side, amount: stake, deposit });
		PredictionPools::<T>::insert(performance, pool);
		Self::deposit_event(Event::Predicted { performance, who, side, amount });
		Ok(())
	}

	/// Settle the prediction pool of performance `id` of `athlete`: `winner` is the winning
	/// side (`None`: inconclusive); `agreeing` the agreeing witnesses, heaviest first. Pays the
	/// fee once: the athlete shares in it only if the performance was verified (`Success`
	/// wins). Returns the number of witness fee payments attempted.
	pub(crate) fn settle_predictions(
		id: PerformanceId,
		athlete: &T::AccountId,
		winner: Option<PredictionSide>,
		agreeing: &[(T::AccountId, u128)],
	) -> u32 {
		let Some(mut pool) = PredictionPools::<T>::get(id) else {
			return 0;
		};
		let mut payments = 0;
		let settlement = match winner {
			Some(side) if !pool.total(side).is_zero() => {
				let losing = pool.total(side.opposite());
				let fee = T::PredictionFee::get().mul_floor(losing);
				// A rejected performance earns its athlete nothing.
				let athlete = (side == PredictionSide::Success).then_some(athlete);
				let (fee_paid, attempted) = Self::pay_prediction_fee(id, athlete, fee, agreeing);
				payments = attempted;
				pool.fee_paid = fee_paid;
				pool.held = pool.held.saturating_sub(fee_paid);
				Settlement::Won {
					side,
					distributable: losing.saturating_sub(fee_paid),
					paid: Zero::zero(),
					winners_left: pool.stakers(side),
				}
			},
			_ => Settlement::Refund,
		};
		pool.settlement = Some(settlement);
		pool.settled_at = Some(frame_system::Pallet::<T>::block_number());
		let fee_paid = pool.fee_paid;
		PredictionPools::<T>::insert(id, pool);
		Self::deposit_event(Event::PredictionsSettled { performance: id, settlement, fee_paid });
		payments
	}

	/// Pay `fee` from the pot to the `agreeing` witnesses by weight and, with an `athlete`
	/// (verified performance), `PredictionAthleteShare` of it to the athlete:
	/// - with an athlete, the witnesses share the rest; rounding and undeliverable witness
	///   shares go to the athlete;
	/// - without one (rejected performance), the witnesses share the whole fee; rounding and
	///   undeliverable shares are not paid.
	///
	/// Returns the amount paid (what is not paid stays in the pool for the winners) and the
	/// number of witness payments attempted (the athlete's is part of the base weight).
	fn pay_prediction_fee(
		id: PerformanceId,
		athlete: Option<&T::AccountId>,
		fee: BalanceOf<T>,
		agreeing: &[(T::AccountId, u128)],
	) -> (BalanceOf<T>, u32) {
		if fee.is_zero() {
			return (Zero::zero(), 0);
		}
		let witness_part = match athlete {
			Some(_) => fee.saturating_sub(T::PredictionAthleteShare::get().mul_floor(fee)),
			None => fee,
		};
		let total_weight = agreeing.iter().fold(0u128, |acc, (_, w)| acc.saturating_add(*w));
		let mut paid = BalanceOf::<T>::zero();
		let mut attempted = 0u32;
		let mut pay = |who: &T::AccountId, amount: BalanceOf<T>| -> bool {
			match with_storage_layer(|| Self::pot_pay(HoldReason::PredictionPool, who, amount)) {
				Ok(()) => {
					paid = paid.saturating_add(amount);
					Self::deposit_event(Event::PredictionFeePaid {
						performance: id,
						who: who.clone(),
						amount,
					});
					true
				},
				Err(e) => {
					log::warn!(target: LOG_TARGET, "prediction fee of {id} not paid: {e:?}");
					false
				},
			}
		};
		// What is neither paid to a witness nor allocated: the athlete's if there is one.
		let mut rest = fee;
		// Shares never exceed the witness part, even if the total weight saturated.
		let mut unallocated = witness_part;
		if !witness_part.is_zero() && total_weight > 0 {
			for (witness, weight) in agreeing {
				let share = mul_div_floor(witness_part, *weight, total_weight).min(unallocated);
				if share.is_zero() {
					continue;
				}
				unallocated = unallocated.saturating_sub(share);
				attempted = attempted.saturating_add(1);
				if pay(witness, share) {
					rest = rest.saturating_sub(share);
				}
			}
		}
		if let Some(athlete) = athlete {
			if !rest.is_zero() {
				pay(athlete, rest);
			}
		}
		(paid, attempted)
	}

	/// Pay the stake of `who` on `performance` as settled. See [`Pallet::claim_prediction`].
	pub(crate) fn do_claim_prediction(
		who: T::AccountId,
		performance: PerformanceId,
	) -> DispatchResult {
		let (amount, deposit) = Self::settle_entry(performance, &who, false)?;
		Self::deposit_event(Event::PredictionClaimed { performance, who, amount, deposit });
		Ok(())
	}

	/// Push the payout of the entry of `staker` on `performance`, `ClaimPeriod` after the
	/// pool's settlement. See [`Pallet::reap_prediction`].
	pub(crate) fn do_reap_prediction(
		performance: PerformanceId,
		staker: T::AccountId,
	) -> DispatchResult {
		let (amount, deposit) = Self::settle_entry(performance, &staker, true)?;
		Self::deposit_event(Event::PredictionReaped { performance, staker, amount, deposit });
		Ok(())
	}

	/// Pay the entry of `who` on settled pool `performance` from the pot (a winner: its stake
	/// and its share of the winnings, the last winner the remainder; a loser: nothing; a
	/// refunded pool: the stake), release its deposit and remove it; the pool goes with its
	/// last entry. With `reaping`, only once `ClaimPeriod` has passed since the settlement.
	/// Every check comes before any write. Returns the payout and the deposit released.
	fn settle_entry(
		performance: PerformanceId,
		who: &T::AccountId,
		reaping: bool,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let stake = Predictions::<T>::get(performance, who).ok_or(Error::<T>::NoPrediction)?;
		let mut pool = PredictionPools::<T>::get(performance).ok_or(Error::<T>::NoPrediction)?;
		let settlement = pool.settlement.ok_or(Error::<T>::NotSettled)?;
		if reaping {
			// A pool settled before storage version 2 got the migration's block.
			let settled_at = pool.settled_at.ok_or(Error::<T>::NotSettled)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= settled_at.saturating_add(T::ClaimPeriod::get()), Error::<T>::TooEarly);
		}
		let (amount, settlement) = match settlement {
			Settlement::Refund => (stake.amount, settlement),
			Settlement::Won { side, distributable, paid, winners_left } if side == stake.side => {
				let left = distributable.saturating_sub(paid);
				let winnings = if winners_left <= 1 {
					left
				} else {
					mul_div_floor(
						distributable,
						stake.amount.saturated_into::<u128>(),
						pool.total(side).saturated_into::<u128>(),
					)
					.min(left)
				};
				let amount = stake.amount.checked_add(&winnings).ok_or(Error::<T>::Overflow)?;
				(
					amount,
					Settlement::Won {
						side,
						distributable,
						paid: paid.saturating_add(winnings),
						winners_left: winners_left.saturating_sub(1),
					},
				)
			},
			Settlement::Won { .. } => (Zero::zero(), settlement),
		};
		// The payout first, while the deposit still keeps the staker's account alive.
		Self::pot_pay(HoldReason::PredictionPool, who, amount)?;
		let deposit = if stake.deposit.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::PredictionDeposit.into(),
				who,
				stake.deposit,
				Precision::BestEffort,
			)?
		};
		Predictions::<T>::remove(performance, who);
		pool.held = pool.held.saturating_sub(amount);
		pool.unclaimed = pool.unclaimed.saturating_sub(1);
		pool.settlement = Some(settlement);
		if pool.unclaimed == 0 {
			PredictionPools::<T>::remove(performance);
		} else {
			PredictionPools::<T>::insert(performance, pool);
		}
		Ok((amount, deposit))
	}
}
