//! Registering, updating, pausing, unbonding and deregistering agents.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::fungible::MutateHold,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Register an agent of `provider`; see [`Pallet::register_agent`]. Returns its id.
	pub(crate) fn do_register_agent(
		provider: T::AccountId,
		metadata: H256,
		model: H256,
		tags: CapabilityTags<T>,
		price: BalanceOf<T>,
		sla: Sla,
		stake: BalanceOf<T>,
	) -> Result<AgentId, DispatchError> {
		Self::check_capabilities(&tags)?;
		Self::check_sla(&sla)?;
		ensure!(stake >= Self::required_stake(tags.len()), Error::<T>::StakeTooLow);

		let id = NextAgentId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::AgentDeposit::get();
		T::Currency::hold(&HoldReason::AgentDeposit.into(), &provider, deposit)?;
		T::Currency::hold(&HoldReason::AgentStake.into(), &provider, stake)?;

		let mut agent = AgentOf::<T> {
			provider: provider.clone(),
			metadata,
			model,
			price,
			sla,
			stake,
			committed: Zero::zero(),
			deposit,
			status: AgentStatus::Active,
			capabilities: Self::fresh_capabilities(tags),
			registered_at: frame_system::Pallet::<T>::block_number(),
		};
		NextAgentId::<T>::put(next);
		Reputations::<T>::insert(id, Self::fresh_reputation());
		Self::deposit_event(Event::AgentRegistered { agent: id, provider, stake });
		// Every capability starts unlisted and is evaluated at the provider's cost. An engine
		// refusal fails the whole call (the transaction rolls back).
		for index in 0..agent.capabilities.len() {
			Self::open_evaluation(id, &mut agent, index, EvaluationPayer::Provider)?;
		}
		Agents::<T>::insert(id, agent);
		Ok(id)
	}

	/// Change metadata, price and SLA; see [`Pallet::update_agent`].
	pub(crate) fn do_update_agent(
		who: &T::AccountId,
		id: AgentId,
		metadata: H256,
		price: BalanceOf<T>,
		sla: Sla,
	) -> DispatchResult {
		let mut agent = Self::provided_agent(who, id)?;
		ensure!(!Self::is_unbonding(&agent), Error::<T>::AgentUnbonding);
		Self::check_sla(&sla)?;
		agent.metadata = metadata;
		agent.price = price;
		agent.sla = sla;
		Agents::<T>::insert(id, agent);
		Self::deposit_event(Event::AgentUpdated { agent: id, price, sla });
		Ok(())
	}

	/// Replace model and capabilities and re-evaluate everything; see
	/// [`Pallet::update_model`].
	pub(crate) fn do_update_model(
		who: &T::AccountId,
		id: AgentId,
		model: H256,
		tags: CapabilityTags<T>,
	) -> DispatchResult {
		let mut agent = Self::provided_agent(who, id)?;
		ensure!(!Self::is_unbonding(&agent), Error::<T>::AgentUnbonding);
		Self::ensure_no_evaluation_running(&mut agent)?;
		Self::check_capabilities(&tags)?;
		ensure!(agent.stake >= Self::required_stake(tags.len()), Error::<T>::StakeTooLow);

		Self::unlist_all(id, &mut agent);
		agent.model = model;
		agent.capabilities = Self::fresh_capabilities(tags);
		Self::deposit_event(Event::ModelUpdated { agent: id, model });
		for index in 0..agent.capabilities.len() {
			Self::open_evaluation(id, &mut agent, index, EvaluationPayer::Provider)?;
		}
		Agents::<T>::insert(id, agent);
		Ok(())
	}

	/// Hold more stake; see [`Pallet::bond_extra`].
	pub(crate) fn do_bond_extra(
		who: &T::AccountId,
		id: AgentId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut agent = Self::provided_agent(who, id)?;
		ensure!(!Self::is_unbonding(&agent), Error::<T>::AgentUnbonding);
		let stake = agent.stake.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::AgentStake.into(), who, amount)?;
		agent.stake = stake;
		Agents::<T>::insert(id, agent);
		Self::deposit_event(Event::StakeBonded { agent: id, amount, stake });
		Ok(())
	}

	/// Pause (`paused`) or resume; see [`Pallet::pause_agent`] and [`Pallet::resume_agent`].
	pub(crate) fn do_set_paused(who: &T::AccountId, id: AgentId, paused: bool) -> DispatchResult {
		let mut agent = Self::provided_agent(who, id)?;
		match (agent.status, paused) {
			(AgentStatus::Unbonding { .. }, _) => return Err(Error::<T>::AgentUnbonding.into()),
			(AgentStatus::Paused, true) => return Err(Error::<T>::AlreadyPaused.into()),
			(AgentStatus::Active, false) => return Err(Error::<T>::NotPaused.into()),
			(_, true) => {
				agent.status = AgentStatus::Paused;
				Self::deposit_event(Event::AgentPaused { agent: id });
			},
			(_, false) => {
				agent.status = AgentStatus::Active;
				Self::deposit_event(Event::AgentResumed { agent: id });
			},
		}
		Agents::<T>::insert(id, agent);
		Ok(())
	}

	/// Start unbonding; see [`Pallet::unbond_agent`].
	pub(crate) fn do_unbond_agent(who: &T::AccountId, id: AgentId) -> DispatchResult {
		let mut agent = Self::provided_agent(who, id)?;
		ensure!(!Self::is_unbonding(&agent), Error::<T>::AgentUnbonding);
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		Self::unlist_all(id, &mut agent);
		agent.status = AgentStatus::Unbonding { until };
		Agents::<T>::insert(id, agent);
		Self::deposit_event(Event::AgentUnbonding { agent: id, until });
		Ok(())
	}

	/// Remove an unbonded agent; see [`Pallet::deregister_agent`].
	pub(crate) fn do_deregister_agent(who: &T::AccountId, id: AgentId) -> DispatchResult {
		let mut agent = Self::provided_agent(who, id)?;
		let AgentStatus::Unbonding { until } = agent.status else {
			return Err(Error::<T>::NotUnbonding.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() >= until, Error::<T>::StillUnbonding);
		ensure!(agent.committed.is_zero(), Error::<T>::AgentBusy);
		Self::ensure_no_evaluation_running(&mut agent)?;

		Self::release(HoldReason::AgentStake, who, agent.stake);
		Self::release(HoldReason::AgentDeposit, who, agent.deposit);
		Agents::<T>::remove(id);
		Reputations::<T>::remove(id);
		// At most `MaxTrainingProofs` records (the reputation counts them).
		let _ = TrainingProofs::<T>::clear_prefix(id, T::MaxTrainingProofs::get(), None);
		let released = agent.stake.saturating_add(agent.deposit);
		Self::deposit_event(Event::AgentDeregistered { agent: id, released });
		Ok(())
	}

	/// The agent `id` if `who` provides it.
	pub(crate) fn provided_agent(who: &T::AccountId, id: AgentId) -> Result<AgentOf<T>, DispatchError> {
		let agent = Agents::<T>::get(id).ok_or(Error::<T>::AgentNotFound)?;
		ensure!(&agent.provider == who, Error::<T>::NotProvider);
		Ok(agent)
	}

	/// Whether `agent` is unbonding.
	pub(crate) fn is_unbonding(agent: &AgentOf<T>) -> bool {
		matches!(agent.status, AgentStatus::Unbonding { .. })
	}

	/// The least stake of an agent with `capabilities` capabilities.
	pub fn required_stake(capabilities: usize) -> BalanceOf<T> {
		let count: BalanceOf<T> = u32::try_from(capabilities).unwrap_or(u32::MAX).into();
		T::MinStakePerCapability::get().saturating_mul(count)
	}

	/// Capability tags must be present, non-empty and distinct.
	fn check_capabilities(tags: &CapabilityTags<T>) -> DispatchResult {
		ensure!(!tags.is_empty(), Error::<T>::NoCapabilities);
		ensure!(tags.iter().all(|tag| !tag.is_empty()), Error::<T>::EmptyCapability);
		let mut sorted: Vec<&CapabilityTag<T>> = tags.iter().collect();
		sorted.sort();
		ensure!(sorted.windows(2).all(|pair| pair.first() != pair.get(1)), Error::<T>::DuplicateCapability);
		Ok(())
	}

	/// An SLA must allow some latency and ask for a quality on the score scale.
	fn check_sla(sla: &Sla) -> DispatchResult {
		ensure!(sla.max_latency_ms > 0 && sla.min_quality <= T::MaxScore::get(), Error::<T>::InvalidSla);
		Ok(())
	}

	/// Unevaluated capability states for `tags`.
	fn fresh_capabilities(
		tags: CapabilityTags<T>,
	) -> BoundedVec<CapabilityOf<T>, T::MaxCapabilities> {
		let states = tags.into_iter().map(|tag| CapabilityOf::<T> {
			tag,
			listed: false,
			score: None,
			evaluated_at: None::<BlockNumberFor<T>>,
			pending: None,
		});
		BoundedVec::truncate_from(states.collect())
	}
}
