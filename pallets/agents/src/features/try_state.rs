//! Invariants checked by `try_state` after every test and on try-runtime upgrades.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::traits::{fungible::InspectHold, Get};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Check every invariant of the pallet's storage.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_agents()?;
		Self::check_listings()?;
		Self::check_evaluations()?;
		Self::check_jobs()?;
		Ok(())
	}

	/// Escrow conservation: each client's escrow and deposit holds equal its open jobs'
	/// ceilings and deposits; each agent's committed stake equals the penalties of the jobs
	/// assigned to it and never exceeds its stake; disputes and disputed jobs match.
	fn check_jobs() -> Result<(), TryRuntimeError> {
		let next = NextJobId::<T>::get();
		let mut escrow: BTreeMap<T::AccountId, (BalanceOf<T>, BalanceOf<T>)> = BTreeMap::new();
		let mut committed: BTreeMap<AgentId, BalanceOf<T>> = BTreeMap::new();
		for (id, job) in Jobs::<T>::iter() {
			ensure_state(id < next, "job id at or above NextJobId")?;
			ensure_state(job.price <= job.max_price, "price above the escrowed ceiling")?;
			let entry = escrow.entry(job.client.clone()).or_insert((Zero::zero(), Zero::zero()));
			entry.0 = entry.0.saturating_add(job.max_price);
			entry.1 = entry.1.saturating_add(job.deposit);
			let agent = job
				.agents
				.get(usize::try_from(job.current).map_err(|_| "job index")?)
				.ok_or("job assigned past its list")?;
			let sum = committed.entry(*agent).or_insert(Zero::zero());
			*sum = sum.saturating_add(job.penalty);
			if let JobStatus::Disputed { request, .. } = job.status {
				ensure_state(Disputes::<T>::get(request) == Some(id), "disputed job without dispute")?;
			}
		}
		for (request, id) in Disputes::<T>::iter() {
			let job = Jobs::<T>::get(id).ok_or("dispute of a missing job")?;
			ensure_state(
				matches!(job.status, JobStatus::Disputed { request: r, .. } if r == request),
				"dispute of a job not disputed by it",
			)?;
		}
		for (client, (max_price, deposit)) in escrow {
			ensure_state(
				T::Currency::balance_on_hold(&HoldReason::JobEscrow.into(), &client) == max_price,
				"escrow hold differs from the open jobs",
			)?;
			ensure_state(
				T::Currency::balance_on_hold(&HoldReason::JobDeposit.into(), &client) == deposit,
				"job deposit hold differs from the open jobs",
			)?;
		}
		for (id, agent) in Agents::<T>::iter() {
			let expected = committed.remove(&id).unwrap_or_else(Zero::zero);
			ensure_state(agent.committed == expected, "committed stake differs from the jobs")?;
			ensure_state(agent.committed <= agent.stake, "more stake committed than held")?;
		}
		ensure_state(committed.is_empty(), "job assigned to a missing agent")?;
		Ok(())
	}

	/// Ids below `NextAgentId`, one reputation per agent, and the provider's holds equal to
	/// the stakes and deposits of its agents (the pallet is the only holder of its reasons).
	fn check_agents() -> Result<(), TryRuntimeError> {
		let next = NextAgentId::<T>::get();
		let mut held: BTreeMap<T::AccountId, (BalanceOf<T>, BalanceOf<T>)> = BTreeMap::new();
		for (id, agent) in Agents::<T>::iter() {
			ensure_state(id < next, "agent id at or above NextAgentId")?;
			ensure_state(Reputations::<T>::contains_key(id), "agent without reputation")?;
			ensure_state(!agent.capabilities.is_empty(), "agent without capabilities")?;
			if Self::is_unbonding(&agent) {
				ensure_state(
					agent.capabilities.iter().all(|c| !c.listed),
					"unbonding agent still listed",
				)?;
			}
			let entry = held.entry(agent.provider.clone()).or_insert((Zero::zero(), Zero::zero()));
			entry.0 = entry.0.saturating_add(agent.stake);
			entry.1 = entry.1.saturating_add(agent.deposit);
		}
		for (id, reputation) in Reputations::<T>::iter() {
			ensure_state(Agents::<T>::contains_key(id), "reputation of a removed agent")?;
			let proofs = TrainingProofs::<T>::iter_prefix(id).count();
			ensure_state(
				proofs == reputation.training_proofs as usize,
				"training proofs differ from their count",
			)?;
			ensure_state(
				reputation.training_proofs <= T::MaxTrainingProofs::get(),
				"more training proofs than allowed",
			)?;
		}
		for (id, _) in TrainingProofs::<T>::iter_keys() {
			ensure_state(Agents::<T>::contains_key(id), "training proof of a removed agent")?;
		}
		for (provider, (stake, deposit)) in held {
			let stake_held =
				T::Currency::balance_on_hold(&HoldReason::AgentStake.into(), &provider);
			let deposit_held =
				T::Currency::balance_on_hold(&HoldReason::AgentDeposit.into(), &provider);
			ensure_state(stake_held == stake, "stake hold differs from the agents' stakes")?;
			ensure_state(deposit_held == deposit, "deposit hold differs from the agents' deposits")?;
		}
		Ok(())
	}

	/// A capability is in its listing exactly when it says it is listed, with its score.
	fn check_listings() -> Result<(), TryRuntimeError> {
		let mut listed_count = 0usize;
		for (tag, entries) in Listed::<T>::iter() {
			ensure_state(!entries.is_empty(), "empty listing kept")?;
			for (i, (id, score)) in entries.iter().enumerate() {
				ensure_state(
					!entries.iter().skip(i.saturating_add(1)).any(|(other, _)| other == id),
					"agent listed twice",
				)?;
				let agent = Agents::<T>::get(id).ok_or("listed agent missing")?;
				let state = agent
					.capabilities
					.iter()
					.find(|c| c.tag == tag)
					.ok_or("listed capability missing")?;
				ensure_state(state.listed, "listing of an unlisted capability")?;
				ensure_state(state.score == Some(*score), "listing score differs")?;
				listed_count = listed_count.saturating_add(1);
			}
		}
		let flagged: usize = Agents::<T>::iter_values()
			.map(|a| a.capabilities.iter().filter(|c| c.listed).count())
			.sum();
		ensure_state(flagged == listed_count, "listed capability missing from its listing")?;
		Ok(())
	}

	/// Every pending evaluation has its ticket and every ticket its pending capability.
	fn check_evaluations() -> Result<(), TryRuntimeError> {
		for (request, ticket) in Evaluations::<T>::iter() {
			let agent = Agents::<T>::get(ticket.agent).ok_or("evaluation of a missing agent")?;
			let index = usize::try_from(ticket.capability).map_err(|_| "capability index")?;
			let state = agent.capabilities.get(index).ok_or("evaluation of a missing capability")?;
			ensure_state(state.pending == Some(request), "ticket without its pending capability")?;
			ensure_state(agent.model == ticket.model, "ticket of another model")?;
		}
		for agent in Agents::<T>::iter_values() {
			for state in agent.capabilities.iter() {
				if let Some(request) = state.pending {
					ensure_state(
						Evaluations::<T>::contains_key(request),
						"pending evaluation without ticket",
					)?;
				}
			}
		}
		Ok(())
	}
}

fn ensure_state(condition: bool, message: &'static str) -> Result<(), TryRuntimeError> {
	if condition {
		Ok(())
	} else {
		Err(message.into())
	}
}
