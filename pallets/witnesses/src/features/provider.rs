//! The engine as a [`VerificationProvider`] for client pallets, on the interface of
//! `verification-primitives`.
//!
//! The engine implements that interface over its own mechanics: a drawn panel is drawn
//! `DrawDelay` blocks after opening, stake-weighted, never from the requester or the client's
//! excluded accounts; a named panel must be named by a party that is neither the requester nor
//! excluded, and its members neither; quorums need at least [`Config::MinQuorumWeight`] of
//! revealed weight; an optimistic claim stands after its liveness window unless disputed, and
//! a dispute goes to a drawn panel; a decided round may be appealed to a larger drawn panel
//! within the client's appeal window, up to `MaxAppealRounds` times.
//! Clients see [`primitives::RequestView`] and receive [`primitives::Outcome`], never the
//! stored structs.

use crate::*;
use alloc::vec::Vec;
use frame_support::{ensure, storage::with_storage_layer, traits::Get, weights::Weight};
use primitives::{
	Cancellation, ClaimView, Decision, EngineLimits, InvalidParams, PanelPolicy, PanelSeat,
	Participant as ClientParticipant, Phase, RequestMode, RequestParams as ClientRequestParams,
	RequestView as ClientRequestView, Resolution, VerificationMode, Vote,
};
use sp_core::H256;
use sp_runtime::{
	traits::{One, Zero},
	BoundedVec, DispatchError,
};

/// Client request parameters for the runtime `T`.
pub type ClientParamsOf<T> =
	ClientRequestParams<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberOf<T>>;

impl<T: Config> Pallet<T> {
	/// The engine's limits as clients see them.
	pub fn limits() -> EngineLimits<BalanceOf<T>, BlockNumberOf<T>> {
		EngineLimits {
			max_seats: T::MaxPanelSize::get(),
			max_named_members: T::MaxPanelSize::get().min(primitives::MAX_NAMED_MEMBERS),
			max_appeal_rounds: T::MaxAppealRounds::get(),
			min_quorum_weight: T::MinQuorumWeight::get(),
			min_commit_period: T::MinCommitPeriod::get().max(One::one()),
			min_reveal_period: T::MinRevealPeriod::get().max(One::one()),
			min_appeal_period: One::one(),
			min_liveness: T::MinLiveness::get().max(One::one()),
			max_round_duration: T::MaxRequestDuration::get(),
			draw_delay: T::DrawDelay::get(),
			max_pending_duties: T::MaxPendingDuties::get(),
			request_deposit: T::RequestDeposit::get(),
			deposit_per_seat: Zero::zero(),
			min_claim_bond: T::MinClaimBond::get(),
			max_claim_bond: T::MaxClaimBond::get(),
			appeal_fee_per_seat: T::AppealFeePerSeat::get(),
		}
	}

	/// The engine error for each parameter [`EngineLimits::check`] refuses.
	fn invalid_params_error(invalid: InvalidParams) -> Error<T> {
		match invalid {
			InvalidParams::ZeroThreshold => Error::<T>::InvalidThreshold,
			InvalidParams::InvalidScoreRange => Error::<T>::InvalidScoreRange,
			InvalidParams::InvalidPanelSize => Error::<T>::InvalidPanelSize,
			InvalidParams::DuplicatePanelMember => Error::<T>::DuplicatePanelMember,
			InvalidParams::ExcludedOnPanel => Error::<T>::ExcludedOnPanel,
			InvalidParams::BondTooLow => Error::<T>::ClaimBondTooLow,
			InvalidParams::BondTooHigh => Error::<T>::ClaimBondTooHigh,
			InvalidParams::InvalidClaim => Error::<T>::InvalidClaim,
			InvalidParams::InvalidQuorum => Error::<T>::InvalidQuorum,
			InvalidParams::QuorumWeightTooLow => Error::<T>::QuorumWeightTooLow,
			InvalidParams::PeriodTooShort => Error::<T>::PeriodTooShort,
			InvalidParams::PeriodTooLong => Error::<T>::PeriodTooLong,
		}
	}

	/// Open a client request: validate `params` with [`Self::limits`], translate them to the
	/// engine's parameters and open the request with the excluded accounts left out of the
	/// draw. See [`VerificationProvider::open_request`].
	pub(crate) fn do_open_client_request(
		domain: DomainId,
		subject: H256,
		requester: T::AccountId,
		params: ClientParamsOf<T>,
	) -> Result<RequestId, DispatchError> {
		ensure!(domain != T::ClaimsDomain::get(), Error::<T>::ReservedDomain);
		Self::limits().check(&requester, &params).map_err(Self::invalid_params_error)?;
		let (panel, claim) = match params.mode {
			VerificationMode::Panel(PanelPolicy::Drawn { seats }) => {
				(Panel::RandomDraw(seats), None)
			},
			VerificationMode::Panel(PanelPolicy::Named { members, .. }) => {
				// `check` bounded the members by `MaxPanelSize <= MAX_PANEL_SIZE`.
				(Panel::Named(BoundedVec::truncate_from(members.into_inner())), None)
			},
			// A dispute is decided by a drawn panel of the claim's dispute seats.
			VerificationMode::Optimistic(terms) => {
				let vote =
					Reveal { verdict: terms.claim.verdict.is_approved(), score: terms.claim.score };
				(Panel::RandomDraw(terms.dispute_seats), Some((vote, terms.bond, terms.liveness)))
			},
		};
		let terms = params.panel;
		// Without appeal rounds there is nothing to wait for after a round's tally.
		let appeal_period = (T::MaxAppealRounds::get() > 0).then_some(terms.appeal_period);
		let engine_params = RequestParams {
			min_witnesses: terms.min_seats,
			min_weight: terms.min_weight,
			approval_threshold: terms.approval_threshold,
			commit_period: terms.commit_period,
			reveal_period: terms.reveal_period,
			reward: terms.reward,
			score_range: params.score_range.map(|r| ScoreRange { min: r.min, max: r.max }),
			panel,
		};
		Self::do_open_request_excluding(
			domain,
			subject,
			requester,
			engine_params,
			&params.excluded,
			claim,
			appeal_period,
		)
	}

	/// What a client sees of its open request `id`: `None` once final, or for a request with
	/// an open panel (those exist only in the claims domain, opened by accounts rather than
	/// through the provider, or from before clients were given drawn panels).
	pub fn client_view(
		id: RequestId,
	) -> Option<ClientRequestView<T::AccountId, BalanceOf<T>, BlockNumberOf<T>>> {
		// The engine's own view, translated: one phase computation and one panel read.
		let RequestView { request, panel_members, phase, claim, rounds, .. } =
			Self::request_view(id)?;
		let mode = match (request.panel, &claim) {
			(PanelKind::Drawn, Some(_)) => RequestMode::Optimistic,
			(PanelKind::Drawn, None) => RequestMode::DrawnPanel,
			(PanelKind::Named, _) => RequestMode::NamedPanel,
			(PanelKind::Open, _) => return None,
		};
		let phase = match phase {
			RequestPhase::Liveness => Phase::Liveness { until: request.reveal_deadline },
			RequestPhase::Drawing => Phase::Drawing {
				seed_block: request.draw.map(|t| t.seed_block).unwrap_or(request.opened_at),
			},
			RequestPhase::Commit => Phase::Commit { until: request.commit_deadline },
			RequestPhase::Reveal => Phase::Reveal { until: request.reveal_deadline },
			RequestPhase::AppealWindow => Phase::AppealWindow {
				until: rounds.and_then(|r| r.appeal_until).unwrap_or(request.reveal_deadline),
			},
			RequestPhase::AwaitingFinalization => Phase::Closing,
		};
		// While a decided round can be appealed, the decision that would stand.
		let provisional = rounds.filter(|r| r.appeal_until.is_some()).map(|r| match r.standing {
			Some(tally) => (Self::client_decision(tally.verdict), tally.score),
			None => (Decision::Inconclusive, None),
		});
		let panel: Vec<PanelSeat<T::AccountId>> =
			panel_members.into_iter().map(|(who, seats)| PanelSeat { who, seats }).collect();
		Some(ClientRequestView {
			id,
			domain: request.domain,
			subject: request.subject,
			requester: request.requester,
			mode,
			phase,
			round: rounds.map_or(0, |r| r.round),
			seats: request.panel_size,
			panel,
			reward: request.reward,
			deposit: request.deposit,
			claim: claim.map(|claim| ClaimView {
				claim: Vote {
					verdict: primitives::Verdict::from_approval(claim.claim.verdict),
					score: claim.claim.score,
				},
				bond: claim.bond,
				disputer: claim.disputer,
			}),
			provisional,
			opened_at: request.opened_at,
		})
	}

	/// The client's decision for an engine verdict.
	pub(crate) fn client_decision(verdict: Verdict) -> Decision {
		match verdict {
			Verdict::Approved => Decision::Approved,
			Verdict::Rejected => Decision::Rejected,
			Verdict::Inconclusive => Decision::Inconclusive,
		}
	}

	/// The client's view of `outcome`, resolved as `resolution` after `appeals` appeal
	/// rounds: coherent members are those that agreed with the final decision.
	pub(crate) fn client_outcome(
		outcome: &Outcome<T::AccountId>,
		resolution: Resolution,
		appeals: Round,
	) -> primitives::Outcome<T::AccountId> {
		let decision = Self::client_decision(outcome.verdict);
		let participants: Vec<ClientParticipant<T::AccountId>> = outcome
			.participants
			.iter()
			.map(|p| ClientParticipant {
				who: p.who.clone(),
				round: p.round,
				seats: p.seats,
				weight: p.weight,
				vote: p.reveal.map(|r| Vote {
					verdict: primitives::Verdict::from_approval(r.verdict),
					score: r.score,
				}),
				coherent: p.agreed,
			})
			.collect();
		primitives::Outcome {
			decision,
			score: outcome.score,
			resolution,
			appeals,
			approval: outcome.approval,
			// Both bounds are the engine's MAX_PARTICIPANTS (integrity test): nothing is cut.
			participants: BoundedVec::truncate_from(participants),
		}
	}
}

impl<T: Config> VerificationProvider<T::AccountId, BalanceOf<T>, BlockNumberOf<T>> for Pallet<T> {
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &T::AccountId,
		params: ClientParamsOf<T>,
	) -> Result<RequestId, DispatchError> {
		with_storage_layer(|| {
			Self::do_open_client_request(domain, subject, requester.clone(), params)
		})
	}

	fn cancel_request(
		id: RequestId,
		requester: &T::AccountId,
	) -> Result<Cancellation<BalanceOf<T>>, DispatchError> {
		with_storage_layer(|| {
			let (released, forfeited) = Self::do_cancel_request(id, requester)?;
			Ok(Cancellation { released, forfeited })
		})
	}

	fn request_view(
		id: RequestId,
	) -> Option<ClientRequestView<T::AccountId, BalanceOf<T>, BlockNumberOf<T>>> {
		Self::client_view(id)
	}

	fn limits() -> EngineLimits<BalanceOf<T>, BlockNumberOf<T>> {
		Self::limits()
	}

	fn open_request_weight(params: &ClientParamsOf<T>) -> Weight {
		let size = params.first_round_seats().min(T::MaxPanelSize::get());
		match params.mode {
			VerificationMode::Panel(PanelPolicy::Drawn { .. }) => {
				T::WeightInfo::open_request_random(size)
			},
			VerificationMode::Panel(PanelPolicy::Named { .. }) => {
				T::WeightInfo::open_request_named(size)
			},
			VerificationMode::Optimistic(_) => T::WeightInfo::open_request_claim(),
		}
	}

	fn cancel_request_weight() -> Weight {
		T::WeightInfo::cancel_request(T::MaxPanelSize::get())
	}
}
