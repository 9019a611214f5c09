//! The outcome handler: what a verified, rejected or inconclusive performance changes.

use crate::{features::careers::rank_insert, *};
use alloc::vec::Vec;
use frame_support::{
	traits::{fungible::hold::Balanced as BalancedHold, Get, Imbalance, OnUnbalanced},
	weights::Weight,
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};
use verification_primitives::{Decision, Outcome, VerificationOutcomeHandler};

impl<T: Config> VerificationOutcomeHandler<T::AccountId> for Pallet<T> {
	fn domains() -> Vec<DomainId> {
		alloc::vec![T::Domain::get()]
	}

	fn max_outcome_weight() -> Weight {
		Pallet::<T>::max_outcome_weight()
	}

	/// Apply the outcome of a request of [`Config::Domain`]; other domains are ignored. The
	/// returned weight is at most [`Pallet::max_outcome_weight`].
	fn on_outcome(
		domain: DomainId,
		_subject: H256,
		request: RequestId,
		outcome: &Outcome<T::AccountId>,
	) -> Weight {
		if domain != T::Domain::get() {
			return Weight::zero();
		}
		Self::do_on_outcome(request, outcome)
	}
}

impl<T: Config> Pallet<T> {
	/// Apply `outcome` to the performance of `request`. Never fails; returns the weight used.
	pub(crate) fn do_on_outcome(request: RequestId, outcome: &Outcome<T::AccountId>) -> Weight {
		let Some(id) = RequestPerformance::<T>::take(request) else {
			log::warn!(target: LOG_TARGET, "outcome of unknown request {request}");
			return T::DbWeight::get().reads(1);
		};
		let Some(mut perf) = Performances::<T>::get(id) else {
			log::error!(target: LOG_TARGET, "performance {id} of request {request} missing");
			return T::DbWeight::get().reads_writes(2, 1);
		};
		if !matches!(perf.status, PerformanceStatus::Pending { .. }) {
			log::error!(target: LOG_TARGET, "performance {id} is not pending");
			return T::DbWeight::get().reads_writes(2, 1);
		}
		let athlete = perf.athlete.clone();
		// Prizes and pools move only on outcomes nobody interested could have decided (a panel
		// the chain drew, or a claim anyone could have disputed); otherwise the career is
		// recorded but stakes are refunded and the performance can claim no challenge prize.
		let moves_value = outcome.resolution.can_move_value();
		// The deposit stays held while the record lives: it is returned when the performance
		// is reaped ([`Pallet::reap_performance`]), from `ReapDelay` after this block for a
		// rejected or inconclusive one.
		perf.settled_at = Some(frame_system::Pallet::<T>::block_number());
		match outcome.decision {
			Decision::Approved => {
				let score =
					outcome.score.unwrap_or(perf.event.metrics.score).min(T::MaxScore::get());
				let agreeing = Self::agreeing_witnesses(outcome);
				perf.witnesses =
					BoundedVec::truncate_from(agreeing.iter().map(|(w, _)| w.clone()).collect());
				perf.status = PerformanceStatus::Verified { score };
				if let Some(competition) = perf.event.competition {
					perf.level = Self::linked_level(competition, perf.level);
				}
				let level = Self::record_career(id, &perf, score);
				Self::record_competition(id, &perf, Some(score));
				if moves_value {
					// Claimed pull-wise ([`Pallet::claim_challenge`]), at the higher of the
					// level the performance counts at and the one its athlete reached with it.
					ChallengeEligibility::<T>::insert(id, level.max(perf.level));
				}
				let paid = Self::settle_predictions(
					id,
					&athlete,
					moves_value.then_some(PredictionSide::Success),
					&agreeing,
				);
				Performances::<T>::insert(id, perf);
				Self::deposit_event(Event::PerformanceVerified { id, athlete, score });
				T::WeightInfo::on_outcome_verified(paid)
			},
			Decision::Rejected => {
				let slashed = Self::slash_deposit(id, &perf);
				perf.deposit = perf.deposit.saturating_sub(slashed);
				perf.status = PerformanceStatus::Rejected;
				Self::athlete_done(&athlete);
				Self::record_competition(id, &perf, None);
				let agreeing = Self::agreeing_witnesses(outcome);
				let paid = Self::settle_predictions(
					id,
					&athlete,
					moves_value.then_some(PredictionSide::Failure),
					&agreeing,
				);
				Performances::<T>::insert(id, perf);
				Self::deposit_event(Event::PerformanceRejected { id, athlete, slashed });
				T::WeightInfo::on_outcome_rejected(paid)
			},
			Decision::Inconclusive => {
				perf.status = PerformanceStatus::Inconclusive;
				Self::athlete_done(&athlete);
				Self::record_competition(id, &perf, None);
				Self::settle_predictions(id, &athlete, None, &[]);
				Performances::<T>::insert(id, perf);
				Self::deposit_event(Event::PerformanceInconclusive { id, athlete });
				T::WeightInfo::on_outcome_inconclusive()
			},
		}
	}

	/// The participants of `outcome` coherent with its decision, with their weight, heaviest
	/// first (ties in the outcome's order), at most `MaxWitnesses`.
	pub fn agreeing_witnesses(outcome: &Outcome<T::AccountId>) -> Vec<(T::AccountId, u128)> {
		let mut agreeing: Vec<(T::AccountId, u128)> = outcome
			.participants
			.iter()
			.filter(|p| p.coherent)
			.map(|p| (p.who.clone(), p.weight))
			.collect();
		agreeing.sort_by_key(|(_, weight)| core::cmp::Reverse(*weight));
		agreeing.truncate(T::MaxWitnesses::get().saturated_into::<usize>());
		agreeing
	}

	/// Slash `RejectionSlash` of the deposit of performance `id` into `SlashDestination`.
	/// Returns the amount actually slashed (less than asked if the hold fell short), which the
	/// caller deducts from `perf.deposit`.
	fn slash_deposit(id: PerformanceId, perf: &PerformanceOf<T>) -> BalanceOf<T> {
		let amount = T::RejectionSlash::get().mul_floor(perf.deposit);
		if amount.is_zero() {
			return amount;
		}
		let (credit, missing) = <T::Currency as BalancedHold<T::AccountId>>::slash(
			&HoldReason::PerformanceDeposit.into(),
			&perf.submitter,
			amount,
		);
		if !missing.is_zero() {
			log::error!(target: LOG_TARGET, "deposit of performance {id} short by {missing:?}");
		}
		let slashed = credit.peek();
		T::SlashDestination::on_unbalanced(credit);
		slashed
	}

	/// Count one pending performance of `athlete` as finished (not verified).
	fn athlete_done(athlete: &T::AccountId) {
		Athletes::<T>::mutate(athlete, |maybe| {
			if let Some(profile) = maybe {
				profile.pending = profile.pending.saturating_sub(1);
			}
		});
	}

	/// Count the linked competition's pending performance as finished and, if verified with
	/// `score`, rank it.
	fn record_competition(id: PerformanceId, perf: &PerformanceOf<T>, score: Option<u32>) {
		let Some(cid) = perf.event.competition else {
			return;
		};
		Competitions::<T>::mutate(cid, |maybe| {
			if let Some(competition) = maybe {
				competition.pending = competition.pending.saturating_sub(1);
			}
		});
		if let Some(score) = score {
			let entry = RankEntry { athlete: perf.athlete.clone(), score, performance: id };
			let mut ranking = CompetitionRankings::<T>::get(cid).into_inner();
			let limit = T::MaxPrizeRanks::get().saturated_into::<usize>();
			if rank_insert(&mut ranking, entry, limit).is_some() {
				CompetitionRankings::<T>::insert(cid, BoundedVec::truncate_from(ranking));
			}
		}
	}
}
