//! Submission of performances and their verification requests.

use crate::{
	features::validation::{is_slug, is_text},
	*,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, Get, UnixTime},
	weights::Weight,
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{traits::Zero, DispatchError};
use verification_primitives::{
	ClaimTerms, PanelPolicy, PanelTerms, RequestParams, ScoreRange, Verdict, VerificationMode,
	VerificationProvider, Vote,
};

/// How a submitted performance is verified.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum SubmissionMode<Balance> {
	/// By a panel of `PanelSeats` seats the engine draws ([`Pallet::submit_performance`]).
	Panel,
	/// By an optimistic claim of the event's score, backed by `bond`, which a dispute sends to
	/// a panel of `PanelSeats` seats the engine draws ([`Pallet::claim_performance`]).
	Claim {
		/// The claim bond the engine holds from the submitter.
		bond: Balance,
	},
}

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

	/// The verification mode of a submission in `mode` of an event claiming `score`: a drawn
	/// panel of `PanelSeats` seats, or the claim that the event is what it says with `score`,
	/// disputable for `ClaimLiveness` blocks before a panel of `PanelSeats` seats.
	pub(crate) fn verification_mode(
		mode: SubmissionMode<BalanceOf<T>>,
		score: u32,
	) -> VerificationModeOf<T> {
		match mode {
			SubmissionMode::Panel => {
				VerificationMode::Panel(PanelPolicy::Drawn { seats: T::PanelSeats::get() })
			},
			SubmissionMode::Claim { bond } => VerificationMode::Optimistic(ClaimTerms {
				claim: Vote { verdict: Verdict::Approved, score: Some(score) },
				bond,
				liveness: T::ClaimLiveness::get(),
				dispute_seats: T::PanelSeats::get(),
			}),
		}
	}

	/// The verification request of a performance claiming `score`, submitted in `mode` with
	/// witness `reward`: the mode of [`Self::verification_mode`], panels never of `excluded`,
	/// and the pallet's constant terms.
	pub(crate) fn request_params(
		mode: SubmissionMode<BalanceOf<T>>,
		score: u32,
		reward: BalanceOf<T>,
		excluded: Vec<T::AccountId>,
	) -> RequestParamsOf<T> {
		RequestParams {
			mode: Self::verification_mode(mode, score),
			panel: PanelTerms {
				min_seats: T::MinWitnesses::get(),
				min_weight: T::MinWitnessWeight::get(),
				approval_threshold: T::ApprovalThreshold::get(),
				commit_period: T::CommitPeriod::get(),
				reveal_period: T::RevealPeriod::get(),
				appeal_period: T::AppealPeriod::get(),
				reward,
			},
			score_range: Some(ScoreRange { min: 0, max: T::MaxScore::get() }),
			// 1 + MaxDelegates <= MAX_EXCLUDED (integrity test): nothing is cut.
			excluded: BoundedVec::truncate_from(excluded),
		}
	}

	/// Weight of [`Pallet::submit_performance`]: the pallet's own work, measured with the
	/// runtime's engine behind it, plus the engine's bound for opening the request, so the
	/// draw is counted at its worst case even where the benchmark's candidate set was smaller.
	pub fn submit_performance_weight() -> Weight {
		let params = Self::request_params(SubmissionMode::Panel, 0, Zero::zero(), Vec::new());
		T::WeightInfo::submit_performance()
			.saturating_add(T::Verifier::open_request_weight(&params))
	}

	/// Weight of [`Pallet::claim_performance`]: the pallet's own work, measured with the
	/// runtime's engine behind it, plus the engine's bound for opening a claim.
	pub fn claim_performance_weight() -> Weight {
		let mode = SubmissionMode::Claim { bond: Zero::zero() };
		let params = Self::request_params(mode, T::MaxScore::get(), Zero::zero(), Vec::new());
		T::WeightInfo::claim_performance().saturating_add(T::Verifier::open_request_weight(&params))
	}

	/// Submit a performance verified in `mode`. See [`Pallet::submit_performance`] and
	/// [`Pallet::claim_performance`]. Returns its id.
	pub(crate) fn do_submit_performance(
		who: T::AccountId,
		athlete: T::AccountId,
		event: PerformanceInputOf<T>,
		reward: BalanceOf<T>,
		mode: SubmissionMode<BalanceOf<T>>,
	) -> Result<PerformanceId, DispatchError> {
		let mut profile = Athletes::<T>::get(&athlete).ok_or(Error::<T>::NotAthlete)?;
		ensure!(who == athlete || profile.delegates.contains(&who), Error::<T>::NotAuthorized);
		Self::validate_event(&event)?;
		ensure!(profile.sports.contains(&event.sport), Error::<T>::SportNotDeclared);
		Self::ensure_sport(&event.sport)?;
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

		// The athlete and its delegates may sit on no panel of its performance, nor dispute its
		// claim (the submitter, the requester, never does either).
		let mut excluded = alloc::vec![athlete.clone()];
		excluded.extend(profile.delegates.iter().cloned());
		let params = Self::request_params(mode, event.metrics.score, reward, excluded);

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
				witnesses: Default::default(),
				deposit,
				submitted_at: now,
				created_at: T::UnixTime::now().as_secs(),
				status: PerformanceStatus::Pending { request },
				settled_at: None,
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
