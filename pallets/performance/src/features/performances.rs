//! Submission of performances and their verification requests.

use crate::{
	features::validation::{all_distinct, is_slug, is_text},
	*,
};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, Get, UnixTime},
	BoundedVec,
};
use pallet_witnesses::{Panel, RequestParams, ScoreRange, VerificationProvider};
use sp_core::H256;
use sp_runtime::{traits::Zero, DispatchError, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// The subject of the verification request of performance `id`:
	/// `blake2_256(SCALE(("arete/performance", id, athlete, event)))`.
	pub fn subject_of(
		id: PerformanceId,
		athlete: &T::AccountId,
		event: &PerformanceInputOf<T>,
	) -> H256 {
		H256(sp_io::hashing::blake2_256(&(b"arete/performance", id, athlete, event).encode()))
	}

	/// Check the details of a performance event (not the competition).
	pub(crate) fn validate_event(event: &PerformanceInputOf<T>) -> DispatchResult {
		ensure!(is_slug(&event.sport), Error::<T>::InvalidSport);
		let max = T::MaxScore::get();
		let m = &event.metrics;
		ensure!(
			m.score <= max && m.difficulty <= max && m.execution <= max,
			Error::<T>::InvalidMetrics
		);
		if let Some(location) = &event.location {
			ensure!(location.coordinates.is_valid(), Error::<T>::InvalidCoordinates);
			ensure!(is_text(&location.venue), Error::<T>::InvalidVenue);
		}
		ensure!(
			!event.evidence.is_empty() && is_text(&event.evidence),
			Error::<T>::InvalidEvidence
		);
		ensure!(event.tags.iter().all(|t| is_slug(t)), Error::<T>::InvalidTag);
		Ok(())
	}

	/// Submit a performance. See [`Pallet::submit_performance`]. Returns its id.
	pub(crate) fn do_submit_performance(
		who: T::AccountId,
		athlete: T::AccountId,
		event: PerformanceInputOf<T>,
		witnesses: WitnessesOf<T>,
		reward: BalanceOf<T>,
	) -> Result<PerformanceId, DispatchError> {
		let mut profile = Athletes::<T>::get(&athlete).ok_or(Error::<T>::NotAthlete)?;
		ensure!(who == athlete || profile.delegates.contains(&who), Error::<T>::NotAuthorized);
		Self::validate_event(&event)?;
		ensure!(profile.sports.contains(&event.sport), Error::<T>::SportNotDeclared);
		if !witnesses.is_empty() {
			ensure!(
				witnesses.len() >= T::MinWitnesses::get().saturated_into::<usize>(),
				Error::<T>::TooFewWitnesses
			);
			ensure!(all_distinct(&witnesses), Error::<T>::DuplicateWitness);
			ensure!(!witnesses.contains(&athlete), Error::<T>::AthleteIsWitness);
		}
		ensure!(reward >= T::MinWitnessReward::get(), Error::<T>::RewardTooLow);

		let now = frame_system::Pallet::<T>::block_number();
		let competition = match event.competition {
			Some(cid) => {
				let mut competition =
					Competitions::<T>::get(cid).ok_or(Error::<T>::UnknownCompetition)?;
				ensure!(
					competition.status == CompetitionStatus::Open,
					Error::<T>::CompetitionClosed
				);
				ensure!(competition.sport == event.sport, Error::<T>::SportMismatch);
				ensure!(
					competition.start <= now && now <= competition.end,
					Error::<T>::CompetitionNotRunning
				);
				competition.pending =
					competition.pending.checked_add(1).ok_or(Error::<T>::Overflow)?;
				Some((cid, competition))
			},
			None => None,
		};
		let level = competition.as_ref().map_or(profile.level, |(_, c)| c.level);
		profile.pending = profile.pending.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let id = NextPerformanceId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let panel = if witnesses.is_empty() {
			Panel::Open
		} else {
			// MaxWitnesses <= MAX_PANEL_SIZE (integrity test): nothing is truncated.
			Panel::Named(BoundedVec::truncate_from(witnesses.to_vec()))
		};
		let params = RequestParams {
			min_witnesses: T::MinWitnesses::get(),
			min_weight: T::MinWitnessWeight::get(),
			approval_threshold: T::ApprovalThreshold::get(),
			commit_period: T::CommitPeriod::get(),
			reveal_period: T::RevealPeriod::get(),
			reward,
			score_range: Some(ScoreRange { min: 0, max: T::MaxScore::get() }),
			panel,
		};

		let deposit = T::PerformanceDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::PerformanceDeposit.into(), &who, deposit)?;
		}
		let subject = Self::subject_of(id, &athlete, &event);
		let request = T::Verifier::open_request(T::Domain::get(), subject, &who, params)?;

		if let Some((cid, competition)) = competition {
			Competitions::<T>::insert(cid, competition);
		}
		Athletes::<T>::insert(&athlete, profile);
		NextPerformanceId::<T>::put(next_id);
		RequestPerformance::<T>::insert(request, id);
		let competition = event.competition;
		Performances::<T>::insert(
			id,
			Performance {
				athlete: athlete.clone(),
				submitter: who.clone(),
				level,
				event,
				witnesses,
				deposit,
				submitted_at: now,
				created_at: T::UnixTime::now().as_secs(),
				status: PerformanceStatus::Pending { request },
			},
		);
		Self::deposit_event(Event::PerformanceSubmitted {
			id,
			athlete,
			submitter: who,
			request,
			competition,
		});
		Ok(id)
	}
}
