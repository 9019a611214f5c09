//! Node registration, stake, the executor draw list and slashing.

use crate::{
	BalanceOf, Config, Error, Event, Executors, HoldReason, Node, NodeOf, NodeStats, Nodes, Pallet,
	Roles,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_node(
		who: T::AccountId,
		roles: Roles,
		stake: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!Nodes::<T>::contains_key(&who), Error::<T>::NodeExists);
		ensure!(!roles.is_empty(), Error::<T>::NoRoles);
		ensure!(stake >= T::MinNodeStake::get(), Error::<T>::StakeTooLow);
		T::Currency::hold(&HoldReason::NodeStake.into(), &who, stake)?;
		let node = Node {
			roles,
			stake,
			unbonding: None,
			leaving: false,
			pins: 0,
			open_tasks: 0,
			stats: NodeStats::default(),
			registered_at: frame_system::Pallet::<T>::block_number(),
		};
		Nodes::<T>::insert(&who, &node);
		Self::deposit_event(Event::NodeRegistered { node: who.clone(), roles, stake });
		Self::relist(&who, &node);
		Ok(())
	}

	pub(crate) fn do_bond_extra(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut node = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		ensure!(!node.leaving, Error::<T>::NodeLeaving);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		T::Currency::hold(&HoldReason::NodeStake.into(), &who, amount)?;
		node.stake = node.stake.saturating_add(amount);
		Nodes::<T>::insert(&who, &node);
		Self::deposit_event(Event::StakeAdded { node: who.clone(), amount, stake: node.stake });
		Self::relist(&who, &node);
		Ok(())
	}

	pub(crate) fn do_unbond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut node = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		ensure!(!node.leaving, Error::<T>::NodeLeaving);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(amount <= node.stake, Error::<T>::StakeTooLow);
		let remaining = node.stake.saturating_sub(amount);
		if remaining.is_zero() {
			ensure!(node.open_tasks == 0 && node.pins == 0, Error::<T>::NodeBusy);
			node.leaving = true;
		} else {
			ensure!(remaining >= T::MinNodeStake::get(), Error::<T>::StakeTooLow);
		}
		let withdrawable_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondDelay::get());
		let pending = node.unbonding.map(|(pending, _)| pending).unwrap_or_default();
		node.unbonding = Some((pending.saturating_add(amount), withdrawable_at));
		node.stake = remaining;
		Nodes::<T>::insert(&who, &node);
		Self::deposit_event(Event::Unbonding { node: who.clone(), amount, withdrawable_at });
		Self::relist(&who, &node);
		Ok(())
	}

	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let mut node = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		let (amount, at) = node.unbonding.ok_or(Error::<T>::NothingToWithdraw)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= at, Error::<T>::NothingToWithdraw);
		T::Currency::release(&HoldReason::NodeStake.into(), &who, amount, Precision::BestEffort)?;
		node.unbonding = None;
		let removed = node.leaving && node.stake.is_zero();
		if removed {
			Nodes::<T>::remove(&who);
		} else {
			Nodes::<T>::insert(&who, &node);
		}
		Self::deposit_event(Event::Withdrawn { node: who, amount, removed });
		Ok(())
	}

	/// Whether `node` belongs in the executor draw list.
	pub(crate) fn drawable(node: &NodeOf<T>) -> bool {
		node.roles.execution &&
			!node.leaving &&
			node.stake >= T::MinNodeStake::get() &&
			node.open_tasks < T::MaxOpenTasks::get()
	}

	/// Puts `who` where it belongs in the draw list after a change of `node`: out if no
	/// longer drawable, else ranked by stake, evicting the lightest node if the list is full
	/// and `who` is heavier. Emits `ExecutorListed` / `ExecutorUnlisted` on changes.
	pub(crate) fn relist(who: &T::AccountId, node: &NodeOf<T>) {
		let mut list = Executors::<T>::get();
		let was_listed = list.iter().any(|(listed, _)| listed == who);
		list.retain(|(listed, _)| listed != who);
		let mut listed = false;
		if Self::drawable(node) {
			let position =
				list.iter().position(|(_, stake)| *stake < node.stake).unwrap_or(list.len());
			if list.is_full() {
				// Full: only a node heavier than the lightest gets in, in its place.
				if position < list.len() {
					if let Some((evicted, _)) = list.pop() {
						Self::deposit_event(Event::ExecutorUnlisted { node: evicted });
					}
					listed = list.try_insert(position, (who.clone(), node.stake)).is_ok();
				}
			} else {
				listed = list.try_insert(position, (who.clone(), node.stake)).is_ok();
			}
		}
		Executors::<T>::put(list);
		if listed && !was_listed {
			Self::deposit_event(Event::ExecutorListed { node: who.clone() });
		} else if !listed && was_listed {
			Self::deposit_event(Event::ExecutorUnlisted { node: who.clone() });
		}
	}

	/// Slashes `share` of everything held for `who` (active stake first, then unbonding),
	/// paying `payees` their amounts from it in order while it lasts and burning the rest.
	/// Updates and stores the node and its place in the draw list; returns the slashed
	/// amount.
	pub(crate) fn slash(
		who: &T::AccountId,
		node: &mut NodeOf<T>,
		share: Perbill,
		payees: impl FnOnce(BalanceOf<T>) -> Vec<(T::AccountId, BalanceOf<T>)>,
	) -> BalanceOf<T> {
		let reason: T::RuntimeHoldReason = HoldReason::NodeStake.into();
		let amount = (share * node.held()).min(T::Currency::balance_on_hold(&reason, who));
		if amount.is_zero() {
			Nodes::<T>::insert(who, &*node);
			Self::relist(who, node);
			return amount;
		}
		let from_stake = amount.min(node.stake);
		node.stake = node.stake.saturating_sub(from_stake);
		let from_pending = amount.saturating_sub(from_stake);
		if let Some((pending, at)) = node.unbonding {
			let left = pending.saturating_sub(from_pending);
			node.unbonding = if left.is_zero() { None } else { Some((left, at)) };
		}
		let mut unpaid = amount;
		for (payee, due) in payees(amount) {
			let due = due.min(unpaid);
			if due.is_zero() {
				continue;
			}
			// A payee that cannot receive (e.g. below the existential deposit) forfeits its
			// part to the burn.
			if T::Currency::transfer_on_hold(
				&reason,
				who,
				&payee,
				due,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)
			.is_ok()
			{
				unpaid = unpaid.saturating_sub(due);
			}
		}
		let _ = T::Currency::burn_held(&reason, who, unpaid, Precision::BestEffort, Fortitude::Force);
		node.stats.slashed = node.stats.slashed.saturating_add(amount);
		Nodes::<T>::insert(who, &*node);
		Self::relist(who, node);
		Self::deposit_event(Event::Slashed { node: who.clone(), amount });
		amount
	}
}
