//! Evaluations: opening requests in the verification engine and applying their outcomes.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::Inspect, tokens::{Fortitude, Preservation}},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{AccountIdConversion, Saturating},
	BoundedVec, DispatchResult, Perbill,
};
use verification_primitives::{
	Decision, Outcome, PanelPolicy, PanelTerms, RequestParams, ScoreRange, VerificationMode,
	VerificationOutcomeHandler, VerificationProvider,
};

/// Domain-separation prefix of evaluation subjects.
const EVALUATION_SUBJECT: &[u8] = b"arete/agents/evaluation";

impl<T: Config> Pallet<T> {
	/// The evaluation pot: pays periodic re-evaluations that others than the provider ask for.
	pub fn pot_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The request parameters of an evaluation: a drawn panel scoring on `0..=MaxScore`,
	/// never `provider` (the requester is excluded by the engine itself).
	pub(crate) fn evaluation_params(
		provider: Option<&T::AccountId>,
	) -> RequestParams<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
		let scores = ScoreRange { min: 0, max: T::MaxScore::get() };
		Self::panel_params(T::EvaluationSeats::get(), T::EvaluationReward::get(), Some(scores), provider)
	}

	/// A drawn panel of `seats` seats paid `reward`, with the evaluation quorum, threshold and
	/// periods (disputes share them), never `excluded`.
	pub(crate) fn panel_params(
		seats: u32,
		reward: BalanceOf<T>,
		score_range: Option<ScoreRange>,
		excluded: Option<&T::AccountId>,
	) -> RequestParams<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
		RequestParams {
			mode: VerificationMode::Panel(PanelPolicy::Drawn { seats }),
			panel: PanelTerms {
				min_seats: T::EvaluationMinSeats::get(),
				min_weight: T::EvaluationMinWeight::get(),
				approval_threshold: T::EvaluationApproval::get(),
				commit_period: T::EvaluationCommitPeriod::get(),
				reveal_period: T::EvaluationRevealPeriod::get(),
				appeal_period: T::EvaluationAppealPeriod::get(),
				reward,
			},
			score_range,
			excluded: BoundedVec::truncate_from(excluded.into_iter().cloned().collect::<Vec<_>>()),
		}
	}

	/// The subject of an evaluation of capability `index` of `agent`: unique per agent,
	/// capability, model and block, so every evaluation is its own request.
	fn evaluation_subject(id: AgentId, agent: &AgentOf<T>, index: usize) -> H256 {
		let tag = agent.capabilities.get(index).map(|c| c.tag.clone());
		let now = frame_system::Pallet::<T>::block_number();
		let preimage = (EVALUATION_SUBJECT, id, tag, agent.model, now).encode();
		H256(sp_io::hashing::blake2_256(&preimage))
	}

	/// Open an evaluation of capability `index` of agent `id` (stored by the caller), paid by
	/// `payer`, and mark it pending.
	pub(crate) fn open_evaluation(
		id: AgentId,
		agent: &mut AgentOf<T>,
		index: usize,
		payer: EvaluationPayer,
	) -> DispatchResult {
		let subject = Self::evaluation_subject(id, agent, index);
		let (requester, excluded) = match payer {
			EvaluationPayer::Provider => (agent.provider.clone(), None),
			EvaluationPayer::Pot => (Self::pot_account(), Some(&agent.provider)),
		};
		let params = Self::evaluation_params(excluded);
		let request = T::Verifier::open_request(T::Domain::get(), subject, &requester, params)?;
		let capability = agent.capabilities.get_mut(index).ok_or(Error::<T>::CapabilityNotFound)?;
		capability.pending = Some(request);
		let ticket = EvaluationTicket {
			agent: id,
			capability: u32::try_from(index).map_err(|_| Error::<T>::Overflow)?,
			model: agent.model,
		};
		Evaluations::<T>::insert(request, ticket);
		Self::deposit_event(Event::EvaluationRequested {
			agent: id,
			capability: capability.tag.clone(),
			request,
			payer: requester,
		});
		Ok(())
	}

	/// Forget pending evaluations the engine no longer runs without having reported an
	/// outcome (the requester cancelled them in the engine).
	pub(crate) fn clear_dead_evaluations(agent: &mut AgentOf<T>) {
		for capability in agent.capabilities.iter_mut() {
			if let Some(request) = capability.pending {
				if T::Verifier::request_view(request).is_none() {
					Evaluations::<T>::remove(request);
					capability.pending = None;
				}
			}
		}
	}

	/// Fail with `EvaluationPending` while the engine still runs an evaluation of `agent`
	/// (forgetting those it dropped).
	pub(crate) fn ensure_no_evaluation_running(agent: &mut AgentOf<T>) -> DispatchResult {
		Self::clear_dead_evaluations(agent);
		ensure!(
			agent.capabilities.iter().all(|c| c.pending.is_none()),
			Error::<T>::EvaluationPending
		);
		Ok(())
	}

	/// Re-evaluate a capability; see [`Pallet::request_evaluation`].
	pub(crate) fn do_request_evaluation(
		who: &T::AccountId,
		id: AgentId,
		index: u32,
	) -> DispatchResult {
		let mut agent = Agents::<T>::get(id).ok_or(Error::<T>::AgentNotFound)?;
		ensure!(!Self::is_unbonding(&agent), Error::<T>::AgentUnbonding);
		let index = usize::try_from(index).map_err(|_| Error::<T>::CapabilityNotFound)?;
		Self::clear_dead_evaluations(&mut agent);
		let capability = agent.capabilities.get(index).ok_or(Error::<T>::CapabilityNotFound)?;
		ensure!(capability.pending.is_none(), Error::<T>::EvaluationPending);

		let payer = if who == &agent.provider {
			EvaluationPayer::Provider
		} else {
			let now = frame_system::Pallet::<T>::block_number();
			let due = capability
				.evaluated_at
				.map_or(true, |at| now >= at.saturating_add(T::EvaluationPeriod::get()));
			ensure!(due, Error::<T>::EvaluationNotDue);
			ensure!(Self::pot_can_pay(), Error::<T>::PotExhausted);
			EvaluationPayer::Pot
		};
		Self::open_evaluation(id, &mut agent, index, payer)?;
		Agents::<T>::insert(id, agent);
		Ok(())
	}

	/// Whether the pot can pay an evaluation's reward and the engine's deposit for its seats
	/// without falling below the existential deposit.
	fn pot_can_pay() -> bool {
		let limits = T::Verifier::limits();
		let seats: BalanceOf<T> = T::EvaluationSeats::get().into();
		let cost = T::EvaluationReward::get()
			.saturating_add(limits.request_deposit)
			.saturating_add(limits.deposit_per_seat.saturating_mul(seats));
		let spendable = T::Currency::reducible_balance(
			&Self::pot_account(),
			Preservation::Preserve,
			Fortitude::Polite,
		);
		spendable >= cost
	}

	/// Apply the outcome of request `request` of the pallet's domain: an evaluation's, or else
	/// a dispute's. Never fails; returns the weight used, at most
	/// [`Pallet::max_outcome_weight`].
	pub(crate) fn do_on_outcome(request: RequestId, outcome: &Outcome<T::AccountId>) -> Weight {
		match Evaluations::<T>::take(request) {
			Some(ticket) => Self::do_evaluation_outcome(request, ticket, outcome),
			None => Self::do_dispute_outcome(request, outcome),
		}
	}

	/// Apply the outcome of evaluation `request`, whose ticket was just taken.
	fn do_evaluation_outcome(
		request: RequestId,
		ticket: EvaluationTicket,
		outcome: &Outcome<T::AccountId>,
	) -> Weight {
		let stale = T::DbWeight::get().reads_writes(2, 1);
		let Some(mut agent) = Agents::<T>::get(ticket.agent) else {
			log::error!(target: LOG_TARGET, "agent {} of request {request} missing", ticket.agent);
			return stale;
		};
		let Ok(index) = usize::try_from(ticket.capability) else { return stale };
		let Some(capability) = agent.capabilities.get_mut(index) else { return stale };
		if capability.pending != Some(request) || agent.model != ticket.model {
			log::warn!(target: LOG_TARGET, "stale evaluation {request} of agent {}", ticket.agent);
			return stale;
		}
		capability.pending = None;
		let tag = capability.tag.clone();
		let max = T::MaxScore::get();
		let (score, sample) = match outcome.decision {
			Decision::Approved => {
				let score = outcome.score.unwrap_or(0).min(max);
				(Some(score), Perbill::from_rational(score, max))
			},
			Decision::Rejected => (outcome.score.map(|s| s.min(max)), Perbill::zero()),
			Decision::Inconclusive => {
				Agents::<T>::insert(ticket.agent, agent);
				Self::deposit_event(Event::EvaluationInconclusive { agent: ticket.agent, capability: tag });
				return T::WeightInfo::on_outcome_inconclusive();
			},
		};
		capability.score = score;
		capability.evaluated_at = Some(frame_system::Pallet::<T>::block_number());
		let qualifies = matches!(outcome.decision, Decision::Approved) &&
			score.is_some_and(|s| s >= T::ListingThreshold::get()) &&
			!matches!(agent.status, AgentStatus::Unbonding { .. });
		let listed = match (qualifies, score) {
			(true, Some(score)) => Self::list(ticket.agent, &mut agent, index, score),
			_ => {
				let _ = Self::unlist(ticket.agent, &mut agent, index);
				false
			},
		};
		Agents::<T>::insert(ticket.agent, agent);
		if listed {
			Self::deposit_event(Event::CapabilityListed {
				agent: ticket.agent,
				capability: tag,
				score: score.unwrap_or(0),
			});
		} else {
			Self::deposit_event(Event::CapabilityUnlisted { agent: ticket.agent, capability: tag, score });
		}
		Self::record_sample(ticket.agent, sample, true);
		T::WeightInfo::on_outcome_listed()
	}

	/// Upper bound of the weight of one outcome, whatever it is.
	pub fn max_outcome_weight() -> Weight {
		T::WeightInfo::on_outcome_listed()
			.max(T::WeightInfo::on_outcome_inconclusive())
			.max(T::WeightInfo::on_outcome_dispute())
	}
}

impl<T: Config> VerificationOutcomeHandler<T::AccountId> for Pallet<T> {
	fn domains() -> Vec<DomainId> {
		alloc::vec![T::Domain::get()]
	}

	fn max_outcome_weight() -> Weight {
		Pallet::<T>::max_outcome_weight()
	}

	/// Apply the outcome of a request of [`Config::Domain`]; other domains are ignored.
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
