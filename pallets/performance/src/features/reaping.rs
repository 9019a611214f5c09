//! Reaping settled performances and orphaned personal bests: records whose purpose is over go,
//! and the deposit that paid for a performance returns to its submitter.
//!
//! Careers stay: a verified performance is kept while its athlete is registered, and after
//! that while a leaderboard, its competition's ranking or a personal best lists it.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Remove performance `id` and return its deposit to its submitter. See
	/// [`Pallet::reap_performance`]. Every check comes before any write.
	pub(crate) fn do_reap_performance(id: PerformanceId) -> DispatchResult {
		let perf = Performances::<T>::get(id).ok_or(Error::<T>::UnknownPerformance)?;
		let registered = Athletes::<T>::contains_key(&perf.athlete);
		match perf.status {
			PerformanceStatus::Pending { .. } => return Err(Error::<T>::NotReapable.into()),
			PerformanceStatus::Verified { .. } => {
				// A career record: only once its athlete left, and nothing lists it.
				ensure!(!registered, Error::<T>::NotReapable);
				ensure!(!Self::is_listed(id, &perf), Error::<T>::StillReferenced);
			},
			PerformanceStatus::Rejected | PerformanceStatus::Inconclusive => {
				// Visible for `ReapDelay` after the outcome, unless its athlete left.
				if registered {
					let settled_at = perf.settled_at.ok_or(Error::<T>::NotReapable)?;
					let now = frame_system::Pallet::<T>::block_number();
					ensure!(
						now >= settled_at.saturating_add(T::ReapDelay::get()),
						Error::<T>::TooEarly
					);
				}
			},
		}
		let deposit = if perf.deposit.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::PerformanceDeposit.into(),
				&perf.submitter,
				perf.deposit,
				Precision::BestEffort,
			)?
		};
		ChallengeEligibility::<T>::remove(id);
		Performances::<T>::remove(id);
		Self::deposit_event(Event::PerformanceReaped { id, submitter: perf.submitter, deposit });
		Ok(())
	}

	/// Whether verified performance `id` is listed by the leaderboard of its sport and level,
	/// by the ranking of its competition (while the competition exists) or as its athlete's
	/// personal best.
	fn is_listed(id: PerformanceId, perf: &PerformanceOf<T>) -> bool {
		let sport = &perf.event.sport;
		Leaderboards::<T>::get(sport, perf.level).iter().any(|e| e.performance == id)
			|| perf.event.competition.is_some_and(|cid| {
				CompetitionRankings::<T>::get(cid).iter().any(|e| e.performance == id)
			}) || PersonalBests::<T>::get(&perf.athlete, sport).is_some_and(|pb| pb.performance == id)
	}

	/// Remove the personal best of `athlete` in `sport` if it is an orphan. See
	/// [`Pallet::reap_personal_best`].
	pub(crate) fn do_reap_personal_best(
		athlete: T::AccountId,
		sport: SportOf<T>,
	) -> DispatchResult {
		ensure!(PersonalBests::<T>::contains_key(&athlete, &sport), Error::<T>::NoPersonalBest);
		let declared = Athletes::<T>::get(&athlete).is_some_and(|p| p.sports.contains(&sport));
		ensure!(!declared, Error::<T>::PersonalBestInUse);
		PersonalBests::<T>::remove(&athlete, &sport);
		Self::deposit_event(Event::PersonalBestRemoved { athlete, sport });
		Ok(())
	}
}
