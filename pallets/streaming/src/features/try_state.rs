//! The pallet's invariants: every hold matches the state it pays for, every count matches
//! what it counts, and the draw list is ranked and current.

use crate::{
	Allowances, BalanceOf, Challenges, Channels, Config, Contents, Creators, Executors, HoldReason, Nodes,
	Pallet, TaskOfRequest, TaskState, Tasks, Viewers,
};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::{fungible::InspectHold, Get}};
use sp_runtime::{Saturating, TryRuntimeError};

type Sums<T> = BTreeMap<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

fn bump<K: Ord + Clone>(counts: &mut BTreeMap<K, u32>, key: &K) {
	let count = counts.entry(key.clone()).or_default();
	*count = count.saturating_add(1);
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let add = |sums: &mut Sums<T>, who: &T::AccountId, amount: BalanceOf<T>| {
			let entry = sums.entry(who.clone()).or_default();
			*entry = entry.saturating_add(amount);
		};
		let held = |reason: HoldReason, who: &T::AccountId| {
			T::Currency::balance_on_hold(&reason.into(), who)
		};

		// Contents: deposits, creator counts, task and pin counts.
		let mut deposits: Sums<T> = BTreeMap::new();
		let mut per_creator: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut pins: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut tasks_per_content: BTreeMap<crate::ContentId, u32> = BTreeMap::new();
		for task in Tasks::<T>::iter_values() {
			bump(&mut tasks_per_content, &task.content);
		}
		for (id, content) in Contents::<T>::iter() {
			add(&mut deposits, &content.creator, content.deposit);
			bump(&mut per_creator, &content.creator);
			ensure!(content.split.is_whole(), "a split that is not whole");
			let tasks = tasks_per_content.get(&id).copied().unwrap_or(0);
			ensure!(tasks == content.open_tasks, "a content's open task count is wrong");
			for (index, node) in content.storage_nodes.iter().enumerate() {
				ensure!(
					!content.storage_nodes.iter().skip(index.saturating_add(1)).any(|other| other == node),
					"a storage node listed twice"
				);
				ensure!(content.approved_storage.contains(node), "a pin without the creator's approval");
				let record = Nodes::<T>::get(node).ok_or("a storage node that is not a node")?;
				ensure!(record.roles.storage, "a pin by a node without the storage role");
				bump(&mut pins, node);
			}
		}
		for (who, deposit) in deposits.iter() {
			ensure!(held(HoldReason::ContentDeposit, who) == *deposit, "content deposits differ from the hold");
		}
		for (who, stats) in Creators::<T>::iter() {
			ensure!(per_creator.get(&who).copied() == Some(stats.contents), "a creator's content count is wrong");
		}
		ensure!(Creators::<T>::iter().count() == per_creator.len(), "a creator without figures");

		// Tasks: escrow, request routing, executors' open tasks.
		let mut escrow: Sums<T> = BTreeMap::new();
		let mut open: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let next = crate::NextTaskId::<T>::get();
		for (id, task) in Tasks::<T>::iter() {
			ensure!(id < next, "a task id at or above NextTaskId");
			add(&mut escrow, &task.requester, task.fee.saturating_add(task.deposit));
			match &task.state {
				TaskState::Created => ensure!(task.results.is_empty(), "results before a draw"),
				TaskState::Assigned { executor, .. } => {
					bump(&mut open, executor);
				},
				TaskState::Verifying { executor, request, .. } => {
					bump(&mut open, executor);
					ensure!(TaskOfRequest::<T>::get(request) == Some(id), "a request not routed to its task");
					ensure!(task.results.len() as u32 == task.segments, "results of the wrong length");
				},
			}
		}
		for (request, id) in TaskOfRequest::<T>::iter() {
			let task = Tasks::<T>::get(id).ok_or("a request routed to no task")?;
			ensure!(
				matches!(task.state, TaskState::Verifying { request: r, .. } if r == request),
				"a request routed to a task not verifying under it"
			);
		}
		for (who, amount) in escrow.iter() {
			ensure!(held(HoldReason::TaskEscrow, who) == *amount, "task escrow differs from the hold");
		}

		// Nodes: stake holds, counts, the draw list.
		for (who, node) in Nodes::<T>::iter() {
			ensure!(held(HoldReason::NodeStake, &who) == node.held(), "a node's stake differs from the hold");
			ensure!(pins.get(&who).copied().unwrap_or(0) == node.pins, "a node's pin count is wrong");
			ensure!(open.get(&who).copied().unwrap_or(0) == node.open_tasks, "a node's open task count is wrong");
			ensure!(!node.roles.is_empty(), "a node without roles");
			if node.leaving {
				ensure!(node.stake == Default::default(), "a leaving node with active stake");
			}
		}
		ensure!(pins.keys().all(|who| Nodes::<T>::contains_key(who)), "a pin by no node");
		ensure!(open.keys().all(|who| Nodes::<T>::contains_key(who)), "a task assigned to no node");
		let list = Executors::<T>::get();
		for (index, (who, stake)) in list.iter().enumerate() {
			let node = Nodes::<T>::get(who).ok_or("a listed executor that is not a node")?;
			ensure!(Self::drawable(&node), "a listed executor that is not drawable");
			ensure!(node.stake == *stake, "a listed stake that is not current");
			ensure!(
				list.iter().skip(index.saturating_add(1)).all(|(other, lighter)| other != who && lighter <= stake),
				"the draw list is not ranked or lists a node twice"
			);
		}

		for (node, content, _) in crate::Unpinning::<T>::iter() {
			let record = Contents::<T>::get(content).ok_or("an unpinning of no content")?;
			ensure!(record.storage_nodes.contains(&node), "an unpinning of no pin");
		}

		// Challenges: bonds, and only on pins.
		let mut bonds: Sums<T> = BTreeMap::new();
		for (node, content, challenge) in Challenges::<T>::iter() {
			add(&mut bonds, &challenge.challenger, challenge.bond);
			let record = Contents::<T>::get(content).ok_or("a challenge on no content")?;
			ensure!(record.storage_nodes.contains(&node), "a challenge on a node that does not store the content");
		}
		for (who, amount) in bonds.iter() {
			ensure!(held(HoldReason::ChallengeBond, who) == *amount, "challenge bonds differ from the hold");
		}

		// Viewers: reserve and deposit holds, channel counts.
		for (who, viewer) in Viewers::<T>::iter() {
			ensure!(held(HoldReason::ViewerReserve, &who) == viewer.reserve, "a reserve differs from the hold");
			ensure!(held(HoldReason::ViewerDeposit, &who) == viewer.deposit, "a viewer deposit differs from the hold");
			let allowances: alloc::vec::Vec<BalanceOf<T>> =
				Allowances::<T>::iter_prefix_values(&who).collect();
			ensure!(allowances.len() as u32 == viewer.nodes, "a viewer's node count is wrong");
			let promised = allowances
				.iter()
				.fold(BalanceOf::<T>::default(), |sum, allowance| sum.saturating_add(*allowance));
			ensure!(promised == viewer.reserve, "a reserve differs from its allowances");
			let channels = Channels::<T>::iter_prefix(&who).count() as u32;
			ensure!(channels == viewer.channels, "a viewer's channel count is wrong");
			ensure!(channels <= T::MaxChannels::get(), "more channels than MaxChannels");
		}
		ensure!(
			Channels::<T>::iter_keys().all(|(viewer, _)| Viewers::<T>::contains_key(&viewer)),
			"a channel of no viewer"
		);
		ensure!(
			Allowances::<T>::iter_keys().all(|(viewer, _)| Viewers::<T>::contains_key(&viewer)),
			"an allowance of no viewer"
		);
		Ok(())
	}
}
