//! Queries: the routing ranking and client-facing views of agents and reputations.

use crate::{
	runtime_api::{AgentView, ReputationView},
	*,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use frame_support::{traits::Get, BoundedVec};
use sp_runtime::{Perbill, SaturatedConversion, Saturating};

impl<T: Config> Pallet<T> {
	/// The listed agents of `capability` a client may call at most `max_price` per call, best
	/// first, at most `limit` (capped at `MaxRouteLength`): active (not paused or unbonding),
	/// staked at least `MinStakePerCapability` per capability, and evaluated within
	/// `EvaluationPeriod + EvaluationGrace`. Ranked by reputation in whole percent (so that
	/// agents of about equal standing compete on price), then lower price, then higher stake,
	/// then lower id.
	pub fn best(
		capability: &[u8],
		max_price: BalanceOf<T>,
		limit: u32,
	) -> Route<T::AccountId, BalanceOf<T>> {
		let Ok(tag) = CapabilityTag::<T>::try_from(capability.to_vec()) else {
			return Route { ranked: Vec::new(), primary: None, fallbacks: Vec::new() };
		};
		let now = frame_system::Pallet::<T>::block_number();
		let mut ranked: Vec<RankedAgent<T::AccountId, BalanceOf<T>>> = Listed::<T>::get(&tag)
			.into_iter()
			.filter_map(|(id, _)| {
				let agent = Agents::<T>::get(id)?;
				let state = agent.capabilities.iter().find(|c| c.tag == tag)?;
				let routable = matches!(agent.status, AgentStatus::Active) &&
					state.listed && agent.price <= max_price &&
					agent.stake >= Self::required_stake(agent.capabilities.len()) &&
					Self::is_fresh(state.evaluated_at, now);
				if !routable {
					return None;
				}
				Some(RankedAgent {
					agent: id,
					provider: agent.provider.clone(),
					price: agent.price,
					stake: agent.stake,
					reputation: Self::trusted_reputation(id),
					score: state.score.unwrap_or(0),
					sla: agent.sla,
				})
			})
			.collect();
		ranked.sort_by(|a, b| {
			let percent = |p: Perbill| p.deconstruct() / 10_000_000;
			percent(b.reputation)
				.cmp(&percent(a.reputation))
				.then(a.price.cmp(&b.price))
				.then(b.stake.cmp(&a.stake))
				.then(a.agent.cmp(&b.agent))
		});
		ranked.truncate(limit.min(T::MaxRouteLength::get()).saturated_into());
		let primary = ranked.first().map(|r| r.agent);
		let fallbacks = ranked.iter().skip(1).map(|r| r.agent).collect();
		Route { ranked, primary, fallbacks }
	}

	/// Whether a listing evaluated at `evaluated_at` is still routed to at `now`.
	pub(crate) fn is_fresh(evaluated_at: Option<BlockNumberFor<T>>, now: BlockNumberFor<T>) -> bool {
		evaluated_at.is_some_and(|at| {
			now <= at
				.saturating_add(T::EvaluationPeriod::get())
				.saturating_add(T::EvaluationGrace::get())
		})
	}

	/// The reputation of agent `id` the routing ranks by (zero for an unknown agent).
	/// Its reputation plus the trust of its verified training proofs, at most 100 %.
	pub fn trusted_reputation(id: AgentId) -> Perbill {
		Reputations::<T>::get(id)
			.map(|r| r.score.saturating_add(Self::training_trust(r.training_proofs)))
			.unwrap_or_default()
	}

	/// Agent `id` as the runtime API returns it.
	pub fn agent_view(
		id: AgentId,
	) -> Option<AgentView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let agent = Agents::<T>::get(id)?;
		let capabilities = agent.capabilities.into_iter().map(|c| CapabilityState {
			tag: BoundedVec::truncate_from(c.tag.into_inner()),
			listed: c.listed,
			score: c.score,
			evaluated_at: c.evaluated_at,
			pending: c.pending,
		});
		Some(Agent {
			provider: agent.provider,
			metadata: agent.metadata,
			model: agent.model,
			price: agent.price,
			sla: agent.sla,
			stake: agent.stake,
			committed: agent.committed,
			deposit: agent.deposit,
			status: agent.status,
			capabilities: BoundedVec::truncate_from(capabilities.collect()),
			registered_at: agent.registered_at,
		})
	}

	/// The reputation of agent `id` as the runtime API returns it.
	pub fn reputation_view(id: AgentId) -> Option<ReputationView<BalanceOf<T>, BlockNumberFor<T>>> {
		let r = Reputations::<T>::get(id)?;
		Some(Reputation {
			score: r.score,
			evaluations: r.evaluations,
			jobs_served: r.jobs_served,
			jobs_failed: r.jobs_failed,
			training_proofs: r.training_proofs,
			slashed: r.slashed,
			slashes: r.slashes,
			history: BoundedVec::truncate_from(r.history.into_inner()),
		})
	}
}
