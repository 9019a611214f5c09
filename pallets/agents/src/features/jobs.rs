//! Pay-per-use jobs: escrow, assignment with fallbacks, optimistic settlement, disputes
//! decided by drawn panels, SLA breaches slashed to the client, timeouts.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{hold::Balanced as BalancedHold, Balanced, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Imbalance,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	DispatchError, DispatchResult, Perbill,
};
use verification_primitives::{Decision, Outcome, RequestParams, VerificationProvider};

/// Domain-separation prefix of dispute subjects.
const DISPUTE_SUBJECT: &[u8] = b"arete/agents/dispute";

/// What the assignment of an agent to a job fixes.
struct Assignment<Balance> {
	/// The agent.
	agent: AgentId,
	/// Its index in the job's agent list.
	index: u32,
	/// The agent's price.
	price: Balance,
	/// Stake committed to the job.
	penalty: Balance,
}

impl<T: Config> Pallet<T> {
	/// The stake a job at `price` commits, and an SLA breach slashes: `BreachMultiplier`
	/// times the price, at least `MinBreachPenalty`.
	pub fn breach_penalty(price: BalanceOf<T>) -> BalanceOf<T> {
		let multiple: BalanceOf<T> = T::BreachMultiplier::get().into();
		price.saturating_mul(multiple).max(T::MinBreachPenalty::get())
	}

	/// The price and penalty of agent `id` for a job of `client` in `tag` paying at most
	/// `max_price`, if the agent may take it now: active, not the client's own, listed in the
	/// capability with a fresh evaluation, fully staked, and with free stake for the penalty.
	fn eligible(
		id: AgentId,
		tag: &CapabilityTag<T>,
		client: &T::AccountId,
		max_price: BalanceOf<T>,
		now: BlockNumberFor<T>,
	) -> Option<(BalanceOf<T>, BalanceOf<T>)> {
		let agent = Agents::<T>::get(id)?;
		let state = agent.capabilities.iter().find(|c| &c.tag == tag)?;
		let penalty = Self::breach_penalty(agent.price);
		let ok = matches!(agent.status, AgentStatus::Active) &&
			&agent.provider != client &&
			state.listed && Self::is_fresh(state.evaluated_at, now) &&
			agent.price <= max_price &&
			agent.stake >= Self::required_stake(agent.capabilities.len()) &&
			agent.stake.saturating_sub(agent.committed) >= penalty;
		ok.then_some((agent.price, penalty))
	}

	/// The first agent of `agents` from index `from` that may take the job.
	fn first_eligible(
		agents: &[AgentId],
		from: usize,
		tag: &CapabilityTag<T>,
		client: &T::AccountId,
		max_price: BalanceOf<T>,
	) -> Option<Assignment<BalanceOf<T>>> {
		let now = frame_system::Pallet::<T>::block_number();
		agents.iter().enumerate().skip(from).find_map(|(index, id)| {
			let (price, penalty) = Self::eligible(*id, tag, client, max_price, now)?;
			Some(Assignment { agent: *id, index: u32::try_from(index).ok()?, price, penalty })
		})
	}

	/// Commit `penalty` of agent `id`'s stake (checked free by [`Self::eligible`]).
	fn commit(id: AgentId, penalty: BalanceOf<T>) -> DispatchResult {
		Agents::<T>::try_mutate(id, |maybe| {
			let agent = maybe.as_mut().ok_or(Error::<T>::AgentNotFound)?;
			agent.committed = agent.committed.checked_add(&penalty).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})
	}

	/// Release `penalty` of agent `id`'s committed stake.
	fn uncommit(id: AgentId, penalty: BalanceOf<T>) {
		Agents::<T>::mutate(id, |maybe| {
			if let Some(agent) = maybe {
				agent.committed = agent.committed.saturating_sub(penalty);
			}
		});
	}

	/// The agent the job is assigned to.
	fn assigned(job: &JobOf<T>) -> Option<AgentId> {
		job.agents.get(usize::try_from(job.current).ok()?).copied()
	}

	/// Open a job; see [`Pallet::open_job`]. Returns its id.
	pub(crate) fn do_open_job(
		client: T::AccountId,
		capability: CapabilityTag<T>,
		input: H256,
		agents: BoundedVec<AgentId, T::MaxJobAgents>,
		max_price: BalanceOf<T>,
	) -> Result<JobId, DispatchError> {
		ensure!(!agents.is_empty(), Error::<T>::NoAgents);
		let mut sorted: Vec<AgentId> = agents.to_vec();
		sorted.sort_unstable();
		ensure!(sorted.windows(2).all(|w| w.first() != w.get(1)), Error::<T>::DuplicateAgent);
		let assignment = Self::first_eligible(&agents, 0, &capability, &client, max_price)
			.ok_or(Error::<T>::NoEligibleAgent)?;

		let id = NextJobId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::JobDeposit::get();
		T::Currency::hold(&HoldReason::JobDeposit.into(), &client, deposit)?;
		T::Currency::hold(&HoldReason::JobEscrow.into(), &client, max_price)?;
		let agent = assignment.agent;
		Self::commit(agent, assignment.penalty)?;
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ResultTimeout::get());
		let job = JobOf::<T> {
			client: client.clone(),
			capability,
			input,
			agents,
			current: assignment.index,
			max_price,
			price: assignment.price,
			penalty: assignment.penalty,
			deposit,
			status: JobStatus::Assigned { deadline },
		};
		NextJobId::<T>::put(next);
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::JobOpened { job: id, client, max_price });
		Self::deposit_event(Event::JobAssigned {
			job: id,
			agent,
			price: assignment.price,
			deadline,
		});
		Ok(id)
	}

	/// Deliver a job's result; see [`Pallet::submit_result`].
	pub(crate) fn do_submit_result(
		who: &T::AccountId,
		id: JobId,
		result: H256,
		latency_ms: u32,
	) -> DispatchResult {
		let mut job = Jobs::<T>::get(id).ok_or(Error::<T>::JobNotFound)?;
		let JobStatus::Assigned { deadline } = job.status else {
			return Err(Error::<T>::NotAssigned.into());
		};
		let agent_id = Self::assigned(&job).ok_or(Error::<T>::AgentNotFound)?;
		let agent = Agents::<T>::get(agent_id).ok_or(Error::<T>::AgentNotFound)?;
		ensure!(&agent.provider == who, Error::<T>::NotProvider);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= deadline, Error::<T>::DeadlinePassed);
		Self::deposit_event(Event::ResultSubmitted { job: id, agent: agent_id, result, latency_ms });
		if latency_ms > agent.sla.max_latency_ms {
			// The provider's own figure breaches the SLA: no panel needed.
			Self::breach(id, job, subject_of(id, &result));
			return Ok(());
		}
		let window_end = now.saturating_add(T::DisputeWindow::get());
		job.status = JobStatus::Delivered { result, latency_ms, window_end };
		Jobs::<T>::insert(id, job);
		Ok(())
	}

	/// Settle an undisputed job, or one whose dispute the engine dropped; see
	/// [`Pallet::settle_job`].
	pub(crate) fn do_settle_job(id: JobId) -> DispatchResult {
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::JobNotFound)?;
		match job.status {
			JobStatus::Delivered { window_end, .. } => {
				ensure!(
					frame_system::Pallet::<T>::block_number() > window_end,
					Error::<T>::WindowOpen
				);
			},
			JobStatus::Disputed { request, .. } => {
				// The client cancelled its dispute in the engine: the result stands.
				ensure!(T::Verifier::request_view(request).is_none(), Error::<T>::DisputePending);
				Disputes::<T>::remove(request);
			},
			JobStatus::Assigned { .. } => return Err(Error::<T>::NotDelivered.into()),
		}
		Self::serve(id, job);
		Ok(())
	}

	/// Dispute a delivered job; see [`Pallet::dispute_job`].
	pub(crate) fn do_dispute_job(who: &T::AccountId, id: JobId) -> DispatchResult {
		let mut job = Jobs::<T>::get(id).ok_or(Error::<T>::JobNotFound)?;
		ensure!(&job.client == who, Error::<T>::NotClient);
		let JobStatus::Delivered { result, window_end, .. } = job.status else {
			return Err(Error::<T>::NotDelivered.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() <= window_end, Error::<T>::WindowClosed);
		let agent_id = Self::assigned(&job).ok_or(Error::<T>::AgentNotFound)?;
		let provider = Agents::<T>::get(agent_id).ok_or(Error::<T>::AgentNotFound)?.provider;
		let params = Self::dispute_params(Some(&provider));
		let request = T::Verifier::open_request(T::Domain::get(), subject_of(id, &result), who, params)?;
		Disputes::<T>::insert(request, id);
		job.status = JobStatus::Disputed { result, request };
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::JobDisputed { job: id, request });
		Ok(())
	}

	/// The request parameters of a dispute: a drawn panel of `DisputeSeats` seats, never the
	/// provider (the client, as requester, is excluded by the engine), deciding whether the
	/// SLA was breached (approve) or met (reject).
	pub(crate) fn dispute_params(
		provider: Option<&T::AccountId>,
	) -> RequestParams<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
		Self::panel_params(T::DisputeSeats::get(), T::DisputeReward::get(), None, provider)
	}

	/// Move a job past an agent that missed its deadline; see [`Pallet::timeout_job`].
	pub(crate) fn do_timeout_job(id: JobId) -> DispatchResult {
		let mut job = Jobs::<T>::get(id).ok_or(Error::<T>::JobNotFound)?;
		let JobStatus::Assigned { deadline } = job.status else {
			return Err(Error::<T>::NotAssigned.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() > deadline, Error::<T>::DeadlineNotPassed);
		if let Some(late) = Self::assigned(&job) {
			Self::uncommit(late, job.penalty);
			Self::record_job(late, false);
			Self::deposit_event(Event::JobTimedOut { job: id, agent: late });
		}
		let from = usize::try_from(job.current).unwrap_or(usize::MAX).saturating_add(1);
		let next = Self::first_eligible(&job.agents, from, &job.capability, &job.client, job.max_price);
		let Some(assignment) = next else {
			Self::refund(id, job);
			return Ok(());
		};
		let agent = assignment.agent;
		Self::commit(agent, assignment.penalty)?;
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ResultTimeout::get());
		job.current = assignment.index;
		job.price = assignment.price;
		job.penalty = assignment.penalty;
		job.status = JobStatus::Assigned { deadline };
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::JobAssigned { job: id, agent, price: assignment.price, deadline });
		Ok(())
	}

	/// Apply the outcome of dispute `request`. Never fails; returns the weight used.
	pub(crate) fn do_dispute_outcome(
		request: RequestId,
		outcome: &Outcome<T::AccountId>,
	) -> Weight {
		let Some(id) = Disputes::<T>::take(request) else {
			return T::DbWeight::get().reads(1);
		};
		let Some(job) = Jobs::<T>::get(id) else {
			log::error!(target: LOG_TARGET, "job {id} of dispute {request} missing");
			return T::DbWeight::get().reads_writes(2, 1);
		};
		let JobStatus::Disputed { result, request: disputed } = job.status else {
			log::error!(target: LOG_TARGET, "job {id} is not disputed");
			return T::DbWeight::get().reads_writes(2, 1);
		};
		if disputed != request {
			return T::DbWeight::get().reads_writes(2, 1);
		}
		match outcome.decision {
			Decision::Approved => Self::breach(id, job, subject_of(id, &result)),
			// A rejected dispute, or one the panel could not decide, leaves the delivered
			// result standing: nothing established a breach.
			Decision::Rejected | Decision::Inconclusive => Self::serve(id, job),
		}
		T::WeightInfo::on_outcome_dispute()
	}

	/// Pay the provider the price less the protocol share (to the evaluation pot, which pays
	/// the validators' panels), refund the rest of the escrow, release the deposit, count the
	/// job as served and remove it.
	fn serve(id: JobId, job: JobOf<T>) {
		let agent_id = Self::assigned(&job);
		let provider = agent_id.and_then(Agents::<T>::get).map(|a| a.provider);
		let share = T::ProtocolShare::get() * job.price;
		let provider_pay = job.price.saturating_sub(share);
		let mut paid = Zero::zero();
		let mut protocol = Zero::zero();
		if let Some(provider) = provider {
			paid = Self::pay_from_escrow(&job.client, &provider, provider_pay);
			protocol = Self::pay_from_escrow(&job.client, &Self::pot_account(), share);
		}
		let refunded = job.max_price.saturating_sub(paid).saturating_sub(protocol);
		Self::release(HoldReason::JobEscrow, &job.client, refunded);
		Self::release(HoldReason::JobDeposit, &job.client, job.deposit);
		if let Some(agent) = agent_id {
			Self::uncommit(agent, job.penalty);
			Self::record_job(agent, true);
		}
		Jobs::<T>::remove(id);
		Self::deposit_event(Event::JobSettled {
			job: id,
			agent: agent_id,
			end: JobEnd::Served,
			paid,
			protocol,
			refunded,
			compensation: Zero::zero(),
		});
	}

	/// Slash the job's penalty from the provider's stake to the client, refund the whole
	/// escrow, release the deposit, count the job as failed and remove it.
	fn breach(id: JobId, job: JobOf<T>, subject: H256) {
		let agent_id = Self::assigned(&job);
		let mut compensation = Zero::zero();
		if let Some(agent) = agent_id {
			compensation = Self::slash_stake(agent, job.penalty, &job.client, subject);
			Self::uncommit(agent, job.penalty);
			Self::record_job(agent, false);
		}
		Self::release(HoldReason::JobEscrow, &job.client, job.max_price);
		Self::release(HoldReason::JobDeposit, &job.client, job.deposit);
		Jobs::<T>::remove(id);
		Self::deposit_event(Event::JobSettled {
			job: id,
			agent: agent_id,
			end: JobEnd::Breached,
			paid: Zero::zero(),
			protocol: Zero::zero(),
			refunded: job.max_price,
			compensation,
		});
	}

	/// Refund a job nobody delivered and remove it.
	fn refund(id: JobId, job: JobOf<T>) {
		Self::release(HoldReason::JobEscrow, &job.client, job.max_price);
		Self::release(HoldReason::JobDeposit, &job.client, job.deposit);
		Jobs::<T>::remove(id);
		Self::deposit_event(Event::JobSettled {
			job: id,
			agent: None,
			end: JobEnd::Refunded,
			paid: Zero::zero(),
			protocol: Zero::zero(),
			refunded: job.max_price,
			compensation: Zero::zero(),
		});
	}

	/// Move `amount` of `client`'s escrow to `to`, free. Returns what moved.
	fn pay_from_escrow(client: &T::AccountId, to: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		if amount.is_zero() {
			return amount;
		}
		T::Currency::transfer_on_hold(
			&HoldReason::JobEscrow.into(),
			client,
			to,
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Polite,
		)
		.unwrap_or_else(|e| {
			log::error!(target: LOG_TARGET, "escrow payment failed: {e:?}");
			Zero::zero()
		})
	}

	/// Slash up to `amount` of agent `id`'s stake to `beneficiary` and record it in the
	/// agent's reputation. Returns what was slashed.
	fn slash_stake(
		id: AgentId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
		subject: H256,
	) -> BalanceOf<T> {
		let Some(mut agent) = Agents::<T>::get(id) else { return Zero::zero() };
		let (credit, _missing) = <T::Currency as BalancedHold<T::AccountId>>::slash(
			&HoldReason::AgentStake.into(),
			&agent.provider,
			amount.min(agent.stake),
		);
		let slashed = credit.peek();
		if let Err(rest) = <T::Currency as Balanced<T::AccountId>>::resolve(beneficiary, credit) {
			log::error!(target: LOG_TARGET, "compensation of {:?} could not be paid", rest.peek());
		}
		agent.stake = agent.stake.saturating_sub(slashed);
		Agents::<T>::insert(id, agent);
		let now = frame_system::Pallet::<T>::block_number();
		Reputations::<T>::mutate(id, |maybe| {
			if let Some(reputation) = maybe {
				reputation.slashes = reputation.slashes.saturating_add(1);
				reputation.slashed = reputation.slashed.saturating_add(slashed);
				// Keep the most recent `MaxSlashHistory` slashes.
				let mut history = reputation.history.to_vec();
				history.push(SlashRecord { at: now, amount: slashed, subject });
				let excess = history.len().saturating_sub(T::MaxSlashHistory::get() as usize);
				history.drain(..excess);
				reputation.history = BoundedVec::truncate_from(history);
			}
		});
		Self::deposit_event(Event::AgentSlashed { agent: id, amount: slashed, subject });
		slashed
	}

	/// Count a job outcome: served jobs count but never raise reputation (anyone can open
	/// jobs on an agent of their own), failed ones move it towards zero.
	fn record_job(id: AgentId, served: bool) {
		Reputations::<T>::mutate(id, |maybe| {
			if let Some(reputation) = maybe {
				if served {
					reputation.jobs_served = reputation.jobs_served.saturating_add(1);
				} else {
					reputation.jobs_failed = reputation.jobs_failed.saturating_add(1);
				}
			}
		});
		if !served {
			Self::record_sample(id, Perbill::zero(), false);
		}
	}
}

/// The subject of a dispute over `result` of job `id`.
fn subject_of(id: JobId, result: &H256) -> H256 {
	H256(sp_io::hashing::blake2_256(&(DISPUTE_SUBJECT, id, result).encode()))
}
