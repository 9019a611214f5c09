//! Sponsored challenges: escrow, pull-wise claims of qualifying performances, closing.
//!
//! Nothing iterates challenges: a prize is claimed for one challenge and one performance at a
//! time ([`Pallet::claim_challenge`]), so any number of challenges may be open in a sport and
//! the outcome handler does not depend on them.

use crate::{features::validation::is_slug, *};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::{
	traits::{CheckedAdd, CheckedDiv, Zero},
	DispatchError,
};

impl<T: Config> Pallet<T> {
	/// Create a challenge. See [`Pallet::create_challenge`].
	pub(crate) fn do_create_challenge(
		sponsor: T::AccountId,
		criteria: CriteriaOf<T>,
		escrow: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(is_slug(&criteria.sport), Error::<T>::InvalidSport);
		Self::ensure_sport(&criteria.sport)?;
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
		let id = NextChallengeId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::ChallengeEscrow.into(), &sponsor, escrow)?;
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

	/// Pay one prize of challenge `id` to the athlete of performance `performance`. See
	/// [`Pallet::claim_challenge`]. Every check comes before any write: a failed claim changes
	/// nothing.
	pub(crate) fn do_claim_challenge(
		id: ChallengeId,
		performance: PerformanceId,
	) -> DispatchResult {
		let mut challenge = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		ensure!(challenge.status == ChallengeStatus::Open, Error::<T>::ChallengeNotOpen);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= challenge.criteria.deadline, Error::<T>::ChallengeExpired);
		let perf = Performances::<T>::get(performance).ok_or(Error::<T>::UnknownPerformance)?;
		let PerformanceStatus::Verified { score } = perf.status else {
			return Err(Error::<T>::NotVerified.into());
		};
		let level =
			ChallengeEligibility::<T>::get(performance).ok_or(Error::<T>::OutcomeMovesNoValue)?;
		let criteria = &challenge.criteria;
		ensure!(perf.event.sport == criteria.sport, Error::<T>::SportMismatch);
		ensure!(perf.submitted_at >= challenge.created_at, Error::<T>::SubmittedBeforeChallenge);
		ensure!(
			score >= criteria.min_score
				&& perf.event.metrics.difficulty >= criteria.min_difficulty
				&& level >= criteria.min_level,
			Error::<T>::CriteriaNotMet
		);
		let athlete = perf.athlete;
		ensure!(athlete != challenge.sponsor, Error::<T>::SponsorCannotWin);
		ensure!(!ChallengeWinners::<T>::contains_key(id, &athlete), Error::<T>::AlreadyWon);
		let paid = challenge.paid.checked_add(1).ok_or(Error::<T>::Overflow)?;

		T::Currency::transfer_on_hold(
			&HoldReason::ChallengeEscrow.into(),
			&challenge.sponsor,
			&athlete,
			challenge.prize,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		ChallengeWinners::<T>::insert(id, &athlete, performance);
		challenge.paid = paid;
		Self::deposit_event(Event::ChallengePrizePaid {
			id,
			athlete,
			performance,
			amount: challenge.prize,
		});
		if challenge.paid >= challenge.criteria.winners {
			challenge.status = ChallengeStatus::Completed;
			Self::deposit_event(Event::ChallengeCompleted { id });
		}
		Challenges::<T>::insert(id, challenge);
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
		let _ = ChallengeWinners::<T>::clear_prefix(id, T::MaxChallengeWinners::get(), None);
		Challenges::<T>::remove(id);
		Self::deposit_event(Event::ChallengeClosed { id, returned });
		Ok(challenge.paid)
	}
}
