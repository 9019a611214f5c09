//! Sponsored challenges: escrow, automatic payment of qualifying performances, closing.

use crate::{features::validation::is_slug, *};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	storage::with_storage_layer,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::{
	traits::{CheckedAdd, CheckedDiv, Zero},
	DispatchError, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Create a challenge. See [`Pallet::create_challenge`].
	pub(crate) fn do_create_challenge(
		sponsor: T::AccountId,
		criteria: CriteriaOf<T>,
		escrow: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(is_slug(&criteria.sport), Error::<T>::InvalidSport);
		ensure!(
			criteria.winners >= 1 && criteria.winners <= T::MaxChallengeWinners::get(),
			Error::<T>::InvalidWinners
		);
		let prize = escrow
			.checked_div(&BalanceOf::<T>::from(criteria.winners))
			.ok_or(Error::<T>::InvalidWinners)?;
		ensure!(prize >= T::MinChallengePrize::get(), Error::<T>::PrizeTooLow);
		let now = frame_system::Pallet::<T>::block_number();
		let latest =
			now.checked_add(&T::MaxChallengeDuration::get()).ok_or(Error::<T>::Overflow)?;
		ensure!(
			criteria.deadline > now && criteria.deadline <= latest,
			Error::<T>::InvalidDeadline
		);
		ensure!(
			OpenChallenges::<T>::decode_len(&criteria.sport).unwrap_or(0)
				< T::MaxOpenChallengesPerSport::get().saturated_into::<usize>(),
			Error::<T>::TooManyOpenChallenges
		);
		let id = NextChallengeId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::ChallengeEscrow.into(), &sponsor, escrow)?;
		OpenChallenges::<T>::try_mutate(&criteria.sport, |list| list.try_push(id))
			.map_err(|_| Error::<T>::TooManyOpenChallenges)?;
		NextChallengeId::<T>::put(next_id);
		Self::deposit_event(Event::ChallengeCreated {
			id,
			sponsor: sponsor.clone(),
			sport: criteria.sport.clone(),
			prize,
			winners: criteria.winners,
			deadline: criteria.deadline,
		});
		Challenges::<T>::insert(
			id,
			Challenge {
				sponsor,
				criteria,
				escrow,
				prize,
				paid: 0,
				created_at: now,
				status: ChallengeStatus::Open,
			},
		);
		Ok(())
	}

	/// Close challenge `id`. See [`Pallet::close_challenge`]. Returns the number of winners.
	pub(crate) fn do_close_challenge(id: ChallengeId) -> Result<u32, DispatchError> {
		let challenge = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		ensure!(
			challenge.status == ChallengeStatus::Completed
				|| frame_system::Pallet::<T>::block_number() > challenge.criteria.deadline,
			Error::<T>::ChallengeStillOpen
		);
		let returned = challenge.remaining();
		if !returned.is_zero() {
			T::Currency::release(
				&HoldReason::ChallengeEscrow.into(),
				&challenge.sponsor,
				returned,
				Precision::BestEffort,
			)?;
		}
		OpenChallenges::<T>::mutate_exists(&challenge.criteria.sport, |maybe| {
			if let Some(list) = maybe {
				list.retain(|c| *c != id);
				if list.is_empty() {
					*maybe = None;
				}
			}
		});
		let _ = ChallengeWinners::<T>::clear_prefix(id, T::MaxChallengeWinners::get(), None);
		Challenges::<T>::remove(id);
		Self::deposit_event(Event::ChallengeClosed { id, returned });
		Ok(challenge.paid)
	}

	/// Pay the open challenges of the sport of verified performance `id` (score `score`, the
	/// athlete now at `level`) that it qualifies for. Returns the number of challenges
	/// inspected.
	pub(crate) fn pay_challenges(
		id: PerformanceId,
		perf: &PerformanceOf<T>,
		score: u32,
		level: Level,
	) -> u32 {
		let sport = &perf.event.sport;
		let athlete = &perf.athlete;
		let open = OpenChallenges::<T>::get(sport);
		let now = frame_system::Pallet::<T>::block_number();
		let mut completed = Vec::new();
		for cid in open.iter().copied() {
			let Some(mut challenge) = Challenges::<T>::get(cid) else {
				continue;
			};
			let criteria = &challenge.criteria;
			let qualifies = challenge.status == ChallengeStatus::Open
				&& now <= criteria.deadline
				&& perf.submitted_at >= challenge.created_at
				&& score >= criteria.min_score
				&& perf.event.metrics.difficulty >= criteria.min_difficulty
				&& level >= criteria.min_level
				&& &challenge.sponsor != athlete
				&& !ChallengeWinners::<T>::contains_key(cid, athlete);
			if !qualifies {
				continue;
			}
			let paid = with_storage_layer(|| {
				T::Currency::transfer_on_hold(
					&HoldReason::ChallengeEscrow.into(),
					&challenge.sponsor,
					athlete,
					challenge.prize,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)
			});
			if let Err(e) = paid {
				log::warn!(target: LOG_TARGET, "prize of challenge {cid} not paid: {e:?}");
				continue;
			}
			ChallengeWinners::<T>::insert(cid, athlete, id);
			challenge.paid = challenge.paid.saturating_add(1);
			Self::deposit_event(Event::ChallengePrizePaid {
				id: cid,
				athlete: athlete.clone(),
				performance: id,
				amount: challenge.prize,
			});
			if challenge.paid >= challenge.criteria.winners {
				challenge.status = ChallengeStatus::Completed;
				completed.push(cid);
				Self::deposit_event(Event::ChallengeCompleted { id: cid });
			}
			Challenges::<T>::insert(cid, challenge);
		}
		if !completed.is_empty() {
			OpenChallenges::<T>::mutate_exists(sport, |maybe| {
				if let Some(list) = maybe {
					list.retain(|c| !completed.contains(c));
					if list.is_empty() {
						*maybe = None;
					}
				}
			});
		}
		open.len().saturated_into()
	}
}
